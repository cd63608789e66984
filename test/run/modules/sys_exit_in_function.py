# RUN: %difftest %s
# exit: 4
# SystemExit from a nested call passes through finally and except Exception
import sys
def inner():
    sys.exit(4)
def outer():
    try:
        inner()
    except Exception:
        print("not caught by except Exception")
    finally:
        print("outer finally")
outer()
