# RUN: %difftest %s
# __traceback__ objects and with_traceback
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print(tb.tb_lineno, tb.tb_next.tb_lineno)
e2 = ValueError("y")
r = e2.with_traceback(None)
print(r is e2, e2.__traceback__)
try:
    raise KeyError("k")
except KeyError as e:
    saved = e.__traceback__
try:
    raise ValueError("again").with_traceback(saved)
except ValueError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print("frames", n)
