# RUN: %difftest %s
# from ... import names, with aliases
from Inputs.helper_mod import value, double as dbl, Helper
print(value, dbl(21), Helper.__name__, Helper.__module__)
from Inputs.helper_mod import _private
print(_private)
