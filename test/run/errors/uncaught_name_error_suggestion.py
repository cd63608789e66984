# RUN: %difftest %s
# exit: 1
# uncaught NameError shows a "Did you mean" suggestion
counter = 0
def bump():
    return countr + 1
bump()
