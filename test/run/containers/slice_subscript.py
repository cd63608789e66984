# RUN: %difftest %s
# x[a:b] on str, list, tuple and other types: bounds clamping, identity of whole slices, errors and their traceback
s = "hello world"
l = [1, 2, 3, 4, 5]
t = (1, 2, 3)
for a in (None, 0, 2, -2, -100, 100, 3):
    for b in (None, 0, 4, -1, -100, 100):
        print(a, b, s[a:b], l[a:b], t[a:b])
print(t[:] is t, s[:] is s, l[:] is l, t[0:3] is t)
class T(tuple): pass
tt = T((1, 2))
print(type(tt[:]), tt[:] is tt)
print(s[True:], l[1.0:] if False else "", bytes(b"abc")[1:], range(10)[2:5], memoryview(b"xyz")[1:].tobytes())
class S:
    def __getitem__(self, k): return k
print(S()[1:2], S()[:], S()[1:"x"])
try:
    l[1:"x"]
except TypeError as e:
    print(e)
try:
    (5)[1:2]
except TypeError as e:
    print(e)
def f(x):
    return x[1:3]
try:
    f(None)
except TypeError as e:
    import traceback; traceback.print_exc()
print(s[2**70:], l[-(2**70):2])
