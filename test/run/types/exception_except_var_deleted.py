# RUN: %difftest %s
# the except target is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
err = "before"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals())
