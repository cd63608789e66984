# RUN: %difftest %s
# data descriptors beat instance dict; non-data descriptors lose to it
class Data:
    def __get__(self, obj, owner):
        return "data"
    def __set__(self, obj, value):
        print("set", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata"
class A:
    d = Data()
    n = NonData()
a = A()
a.__dict__["d"] = "inst-d"
a.__dict__["n"] = "inst-n"
print(a.d, a.n)
a.d = 5
print(a.__dict__["d"])
print(A.d, A.n)
