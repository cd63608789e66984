# RUN: %difftest %s
# exit: 7
# raise SystemExit(7) prints no traceback
print("exiting")
raise SystemExit(7)
