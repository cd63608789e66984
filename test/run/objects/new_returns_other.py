# RUN: %difftest %s
# __init__ is skipped when __new__ returns an instance of another class
class Other:
    pass
class A:
    def __new__(cls, flag):
        if flag:
            return 42
        return super().__new__(cls)
    def __init__(self, flag):
        print("init called", flag)
print(A(True))
print(type(A(False)).__name__)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
