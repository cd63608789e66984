# RUN: %difftest %s
# __getitem__ receives slice objects and tuples
class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s[1:2], s[::3], s[1:2, 3], s[...], s[:, None])
print(s["a":"b":"c"])
class M:
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
m = M()
m[1] = "one"
m[2:3] = "slice"
del m[::2]
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
del m[1]
try:
    del S()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    S()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
