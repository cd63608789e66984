# RUN: %difftest %s
# exit: 1
# unhandled parts of a group re-raised from except*
try:
    raise ExceptionGroup("batch", [ValueError("v"), KeyError("k"), TypeError("t")])
except* ValueError:
    print("handled ValueError")
