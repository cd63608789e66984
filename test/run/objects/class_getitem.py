# RUN: %difftest %s
# __class_getitem__ and builtin generic aliases
class Box:
    def __class_getitem__(cls, item):
        return "Box of %r" % (item,)
print(Box[int], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
