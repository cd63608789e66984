# RUN: %difftest %s
# sys.modules bookkeeping and module attributes
import sys
import Inputs.helper_mod as hm
print(sys.modules["Inputs.helper_mod"] is hm, sys.modules["Inputs"].helper_mod is hm)
print(hm.__spec__.name, hm.__name__, hm.__package__, sys.modules["Inputs"].__package__)
sys.modules["fake_injected"] = hm
import fake_injected
print(fake_injected is hm)
del sys.modules["fake_injected"]
