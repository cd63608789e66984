# RUN: %difftest %s
# SystemExit can be caught; its code is visible
import sys
for arg in [(), (0,), (2,), ("text",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), repr(e))
print("still running")
