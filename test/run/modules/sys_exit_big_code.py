# RUN: %difftest %s
# exit: 1
# raise SystemExit with a tuple argument prints the tuple
raise SystemExit(1, 2)
