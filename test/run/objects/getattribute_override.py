# RUN: %difftest %s
# __getattribute__ intercepts every lookup; AttributeError from it falls to __getattr__
class A:
    x = 1
    def __getattribute__(self, name):
        print("ga", name)
        if name == "boom":
            raise AttributeError("no boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
a = A()
print(a.x)
print(a.boom)
print(a.nothing)
