# RUN: %difftest %s
# metaclass __instancecheck__ and __subclasscheck__ hooks
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return issubclass(sub, (int, str))
class IntLike(metaclass=Meta):
    pass
print(isinstance(5, IntLike), isinstance("s", IntLike))
print(issubclass(bool, IntLike), issubclass(float, IntLike))
print(isinstance(5, (str, IntLike)))
print(isinstance(IntLike(), IntLike))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
