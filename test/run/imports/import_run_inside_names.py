# RUN: %difftest %s
# a module's functions use the module's own globals
from Inputs.run_inside import describe
print(describe())
__name__ = "changed"
print(describe(), __name__)
