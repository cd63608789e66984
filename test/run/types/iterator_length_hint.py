# RUN: %difftest %s
# __length_hint__ of the built-in iterators (forward and reversed) and operator.length_hint over them, as they advance and as their container changes
import operator


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i


class NoLen:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i


makers = {
    "list_rev": lambda: reversed([1, 2, 3]),
    "tuple_rev": lambda: reversed((1, 2, 3)),
    "range_rev": lambda: reversed(range(5)),
    "str_rev": lambda: reversed("abc"),
    "bytes_rev": lambda: reversed(b"abc"),
    "bytearray_rev": lambda: reversed(bytearray(b"ab")),
    "dict_rev": lambda: reversed({1: 2, 3: 4}),
    "dictkeys_rev": lambda: reversed({1: 2, 3: 4}.keys()),
    "dictvalues_rev": lambda: reversed({1: 2, 3: 4}.values()),
    "dictitems_rev": lambda: reversed({1: 2, 3: 4}.items()),
    "seq_rev": lambda: reversed(Seq()),
    "list_it": lambda: iter([1, 2, 3]),
    "tuple_it": lambda: iter((1, 2, 3)),
    "str_it": lambda: iter("abc"),
    "range_it": lambda: iter(range(4)),
    "bytes_it": lambda: iter(b"ab"),
    "bytearray_it": lambda: iter(bytearray(b"ab")),
    "set_it": lambda: iter({1, 2}),
    "dict_it": lambda: iter({1: 2, 3: 4}),
    "dictvalues_it": lambda: iter({1: 2}.values()),
    "dictitems_it": lambda: iter({1: 2}.items()),
    "seq_it": lambda: iter(Seq()),
    "nolen_it": lambda: iter(NoLen()),
    "callable_it": lambda: iter(int, 1),
}
for name, make in makers.items():
    it = make()
    has = hasattr(it, "__length_hint__")
    out = [has]
    if has:
        out.append(it.__length_hint__())
        for _ in range(5):
            try:
                next(it)
            except StopIteration:
                break
            out.append(it.__length_hint__())
    out.append(operator.length_hint(make(), -1))
    print(name, out)

# The container changes under the iterator.
lst = [1, 2, 3, 4]
r = reversed(lst)
next(r)
print(r.__length_hint__())
del lst[1:]
print(r.__length_hint__(), list(r))
lst = [1, 2]
it = iter(lst)
lst.append(3)
print(it.__length_hint__())
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
print(it.__length_hint__())
d = {1: 1, 2: 2}
it = reversed(d)
del d[1]
print(it.__length_hint__())
t = (1, 2)
it = iter(t)
list(it)
print(it.__length_hint__())
