# RUN: %difftest %s
# sys._getframe: code names, f_back chain, locals
import sys
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
def show_caller_local():
    return sys._getframe(1).f_locals["secret"]
def caller():
    secret = "found it"
    return show_caller_local()
print(caller())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
