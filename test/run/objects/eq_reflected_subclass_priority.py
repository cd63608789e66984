# RUN: %difftest %s
# a subclass's reflected comparison runs first even for ==
class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return True
print(Base() == Derived())
print(Derived() == Base())
class Lt:
    def __lt__(self, o):
        print("Lt.__lt__")
        return True
class Gt(Lt):
    def __gt__(self, o):
        print("Gt.__gt__")
        return False
print(Lt() < Gt())
