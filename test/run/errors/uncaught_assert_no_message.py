# RUN: %difftest %s
# exit: 1
# failed assert without a message
values = [1, 2]
assert len(values) == 3
