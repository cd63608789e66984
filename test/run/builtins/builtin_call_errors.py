# RUN: %difftest %s
# Calls of built-in methods and functions straight from call sites: right
# and wrong argument counts, keywords, unbound descriptors with the wrong
# self, subclass instances, module functions.
import math

class MyList(list):
    pass

l = []
l.append(1)
list.append(l, 2)
MyList.append(l, 3)
m = MyList()
m.append(4)
list.append(m, 5)
print(l, m, len(l), math.sqrt(16.0), "abc".upper(), str.upper("x"), dict.fromkeys("ab"))
calls = [
    lambda: l.append(),
    lambda: l.append(1, 2),
    lambda: list.append(l),
    lambda: list.append(),
    lambda: list.append(5, 1),
    lambda: list.append("s", 1),
    lambda: l.append(x=1),
    lambda: l.clear(1),
    lambda: l.pop(1, 2, 3),
    lambda: "a".upper(1),
    lambda: str.upper(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len([], x=1),
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt("x"),
    lambda: divmod(1),
    lambda: isinstance(1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
