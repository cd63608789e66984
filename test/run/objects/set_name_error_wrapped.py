# RUN: %difftest %s
# an exception in __set_name__ is wrapped in RuntimeError in 3.11
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class A:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
