# RUN: %difftest %s
# relative import in the main script fails
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
