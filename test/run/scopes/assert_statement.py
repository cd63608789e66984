# RUN: %difftest %s
# assert raises AssertionError with an optional message; message evaluated lazily
try:
    assert 1 == 2, "numbers differ"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
def msg():
    print("message evaluated")
    return "m"
assert True, msg()
try:
    assert False, msg()
except AssertionError as e:
    print(e)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)
