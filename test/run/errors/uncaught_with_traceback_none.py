# RUN: %difftest %s
# exit: 1
# an exception whose traceback was cleared still gets the raise site
e = ValueError("detached")
try:
    raise e
except ValueError:
    pass
raise e.with_traceback(None)
