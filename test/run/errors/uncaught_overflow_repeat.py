# RUN: %difftest %s
# exit: 1
# str repetition that cannot fit raises OverflowError (not MemoryError)
s = "ab" * (2 ** 62)
