# RUN: %difftest %s
# get/pop/setdefault edge cases and errors
d = {}
print(d.setdefault("a"), d, d.pop("a"), d)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
d = dict.fromkeys("abc", 0)
for k in list(d):
    d[k] += ord(k)
print(d, sorted(d, key=d.get, reverse=True))
