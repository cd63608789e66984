# RUN: %difftest %s
# a frame object kept after its call still has a valid f_back chain, even after many later calls
import sys
def inner():
    return sys._getframe()
def outer(tag):
    local_tag = tag
    return inner()
frames = [outer(i) for i in range(3)]
def churn(n):
    return 0 if n == 0 else churn(n - 1) + 1
churn(200)
for f in frames:
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_locals["local_tag"], f.f_back.f_back.f_code.co_name)
def raiser():
    raise ValueError("x")
def catcher():
    try:
        raiser()
    except ValueError as e:
        return e
e = catcher()
churn(100)
tb = e.__traceback__
while tb:
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_back.f_code.co_name)
    tb = tb.tb_next
