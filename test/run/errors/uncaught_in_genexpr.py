# RUN: %difftest %s
# exit: 1
# error inside a generator expression consumed by sum()
total = sum(1 / x for x in [1, 2, 0])
