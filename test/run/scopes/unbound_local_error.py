# RUN: %difftest %s
# assignment anywhere in a function makes the name local
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    del x
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    y = 1
    del y
    return y
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def k(flag):
    if flag:
        z = 1
    return z
print(k(True))
try:
    k(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
