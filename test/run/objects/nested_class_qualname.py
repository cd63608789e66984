# RUN: %difftest %s
# __qualname__ and __name__ of nested classes and methods
class Outer:
    class Inner:
        def m(self): pass
    def method(self):
        def local(): pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner.m.__qualname__, Outer.method.__qualname__)
print(Outer().method().__qualname__)
print((lambda: 0).__qualname__)
