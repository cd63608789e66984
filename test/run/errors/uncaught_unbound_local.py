# RUN: %difftest %s
# exit: 1
# UnboundLocalError traceback
total = 0
def add(x):
    total += x
    return total
add(1)
