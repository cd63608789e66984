# RUN: %difftest %s
# exit: 1
# an uncaught exception prints a traceback and exits with status 1
print("about to fail")
raise ValueError("bad value")
