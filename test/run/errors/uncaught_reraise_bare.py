# RUN: %difftest %s
# exit: 1
# bare raise re-raises with the original traceback plus the handler line
def inner():
    raise IndexError("deep")
def outer():
    try:
        inner()
    except IndexError:
        print("logging and re-raising")
        raise
outer()
