# RUN: %difftest %s
# exit: 1
# carets mark the operator of a failing binary operation
name = "item"
count = 3
label = name + ": " + count
