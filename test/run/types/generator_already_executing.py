# RUN: %difftest %s
# re-entering a running generator raises ValueError
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def h():
    yield 1
x = h()
print(x.gi_running, x.gi_frame is not None, x.gi_code.co_name)
list(x)
print(x.gi_frame)
