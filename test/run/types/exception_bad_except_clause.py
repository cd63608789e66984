# RUN: %difftest %s
# except with a non-exception class
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, "x"):
        print("never reached: every tuple element is checked")
except TypeError as e:
    print(type(e).__name__, e)
