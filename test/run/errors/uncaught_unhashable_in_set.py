# RUN: %difftest %s
# exit: 1
# unhashable element in a set display
pairs = {[1, 2], [3, 4]}
