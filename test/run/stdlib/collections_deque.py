# RUN: %difftest %s
# collections.deque: both ends, maxlen, rotate, indexing, insert/remove/index/count, reprs, errors, mutation checks
from collections import deque
d = deque('ghi')
d.append('j'); d.appendleft('f')
print(d, len(d), d[0], d[-1], list(reversed(d)), 'h' in d, 'z' in d)
print(d.pop(), d.popleft(), d)
d.extend('jkl'); d.extendleft('abc')
print(d)
d.rotate(1); print(d)
d.rotate(-3); print(d)
d.rotate(0); d.rotate(len(d) * 5 + 2); print(d)
print(d.index('h'), d.index('k', 2), d.count('g'), deque([1, 1, 2]).count(1))
d.remove('h'); d.insert(2, 'X'); d.insert(-1, 'Y'); d.insert(100, 'Z'); print(d)
d[0] = 'first'; del d[1]; print(d, d[-2])
d.reverse(); print(d)
d.clear(); print(d, bool(d), len(d))
b = deque(range(10), maxlen=4)
print(b, b.maxlen)
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend([20, 21]); print(b)
b.extendleft([30]); print(b)
z = deque([1, 2], maxlen=0); z.append(3); print(z)
try:
    b.insert(0, 'x')
except IndexError as e:
    print(e)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])['a'],
          lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([], -1), lambda: deque([1]) + [2]]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque([1]) + deque([2, 3]), deque('ab') * 2, 2 * deque('c'), deque('ab') * 0)
e = deque([1]); e += [2, 3]; e *= 2; print(e)
e2 = e.copy(); e2.append(0); print(e, e2, e2.maxlen, deque(e, 3))
r = deque(); r.append(r); print(r)
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=5)
print(md, type(md.copy()).__name__, md.copy())
d = deque(range(100))
for i in range(50):
    d.append(d.popleft() * 2)
    d.rotate(3)
print(sum(d), d[0], d[50], d[-1], len(d))
print(list(deque('abc')), type(iter(deque())).__name__, type(reversed(deque())).__name__)
d.__init__([7, 8]); print(d)
print(deque(maxlen=2), repr(deque([None], 1)))
