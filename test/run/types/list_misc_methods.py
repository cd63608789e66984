# RUN: %difftest %s
# list methods with edge-case arguments
l = [1, 2, 3, 2, 1]
print(l.index(2, -3), l.index(1, 1, 5), l.count(4), l[::-2])
l.extend(l)
print(l, len(l))
l.insert(-100, "start")
print(l[0], l[:3])
l2 = [5]
l2.extend(iter(range(3)))
l2.extend("ab")
l2.extend({"k": 1})
print(l2)
try:
    l2.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.insert(0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l2.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
