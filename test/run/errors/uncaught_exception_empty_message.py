# RUN: %difftest %s
# exit: 1
# exceptions with empty message or several args
try:
    raise ValueError("")
except ValueError as e:
    print(repr(str(e)))
raise KeyError("a", "b")
