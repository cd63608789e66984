# RUN: %difftest %s
# exit: 1
# suggestion for a misspelled builtin
items = [1, 2, 3]
print(lenn(items))
