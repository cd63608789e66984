# RUN: %difftest %s
# ImportError/ModuleNotFoundError messages and attributes
try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import Inputs.nope_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from Inputs import nothing_like_this
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from Inputs.helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import Inputs.helper_mod.deeper
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
