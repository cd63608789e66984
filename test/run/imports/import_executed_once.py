# RUN: %difftest %s
# a module body runs once; later imports reuse sys.modules
import sys
from Inputs import once_mod
from Inputs import once_mod as again
import Inputs.once_mod
print(once_mod is again, sys.modules["Inputs.once_mod"] is once_mod, once_mod.loads)
once_mod.loads += 1
from Inputs.once_mod import loads
print(loads)
