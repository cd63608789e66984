# RUN: %difftest %s
# exit: 1
# RecursionError traceback collapses repeated lines
def recurse(n):
    return recurse(n + 1)
recurse(0)
