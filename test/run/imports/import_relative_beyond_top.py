# RUN: %difftest %s
# relative import beyond the top-level package
try:
    import Inputs.pkg.bad_relative
except ImportError as e:
    print(type(e).__name__, e)
