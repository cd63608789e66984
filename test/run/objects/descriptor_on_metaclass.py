# RUN: %difftest %s
# properties defined on a metaclass act on the class
class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Foo(metaclass=Meta): pass
print(Foo.upper_name)
print(hasattr(Foo(), "upper_name"))
