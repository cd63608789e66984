# RUN: %difftest %s
# import a module from the Inputs package and use its attributes
from Inputs import helper_mod
print(helper_mod.value, helper_mod.double(4), helper_mod.Helper().hello(), helper_mod.__name__)
print(type(helper_mod).__name__, helper_mod.__file__.endswith("helper_mod.py"), helper_mod.__package__)
import Inputs.helper_mod
print(Inputs.helper_mod is helper_mod)
