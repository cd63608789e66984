# RUN: %difftest %s
# __set_name__ is called at class creation with owner and name
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v):
        setattr(obj, self.name, v)
class P:
    x = Field()
    y = Field()
p = P()
p.x = 3
print(p.x, p.y, sorted(vars(p)))
F = Field()
class Q: pass
Q.z = F
print(hasattr(F, "name"))
