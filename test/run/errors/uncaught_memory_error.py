# RUN: %difftest %s
# exit: 1
# a huge list repetition raises MemoryError
data = [0] * (2 ** 62)
