# RUN: %difftest %s
# from m import * honours __all__
from Inputs.star_all import *
print(public_a, _semi_private)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)
