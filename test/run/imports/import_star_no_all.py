# RUN: %difftest %s
# from m import * without __all__ skips underscore names
from Inputs.star_noall import *
print(visible, func())
for name in ["_hidden", "_math_alias"]:
    print(name, name in globals())
