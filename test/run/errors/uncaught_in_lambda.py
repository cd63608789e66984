# RUN: %difftest %s
# exit: 1
# error inside a lambda used as a sort key
items = [3, 0, 2]
print(sorted(items, key=lambda x: 10 // x))
