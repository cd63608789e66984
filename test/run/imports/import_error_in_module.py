# RUN: %difftest %s
# an exception while importing propagates and the module is not left in sys.modules
import sys
try:
    import Inputs.raises_on_import
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("Inputs.raises_on_import" in sys.modules)
try:
    import Inputs.raises_on_import
except ZeroDivisionError as e:
    print("runs again:", type(e).__name__)
