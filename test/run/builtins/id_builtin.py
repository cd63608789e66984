# RUN: %difftest %s
# id() identity semantics, never printing the numbers
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
x = None
print(id(x) == id(None), id(len) == id(len))
