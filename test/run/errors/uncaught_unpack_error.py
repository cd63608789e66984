# RUN: %difftest %s
# exit: 1
# unpacking error traceback
point = (1, 2, 3)
x, y = point
