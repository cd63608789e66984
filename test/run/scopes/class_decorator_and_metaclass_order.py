# RUN: %difftest %s
# order of class creation steps: decorators, metaclass, __set_name__, __init_subclass__
class Meta(type):
    def __new__(m, name, bases, ns):
        print("meta new", name)
        return super().__new__(m, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class D:
    def __set_name__(self, owner, name):
        print("set_name", name)
def deco(cls):
    print("decorator", cls.__name__)
    return cls
@deco
class Child(Base):
    print("body")
    d = D()
