# RUN: %difftest %s
# exit: 4
# exit and quit are objects that print how to leave and raise SystemExit when called
print(exit, quit, type(exit).__name__, type(quit).__module__, callable(quit))
try:
    quit("message")
except SystemExit as e:
    print("SystemExit", e.code)
exit(4)
