# RUN: %difftest %s
s = set(range(100000))
print(len(s), sum(s), 99999 in s, 100000 in s)
for i in range(0, 100000, 2):
    s.discard(i)
print(len(s), list(s)[:10])
s.update(range(200000, 200100))
print(len(s), list(s)[-5:])
t = {i * 7919 % 100003 for i in range(60000)}
print(len(t), list(t)[:12])
u = set()
for i in range(60000):
    u.add(i * 3)
print(list(u)[:8], list(u)[-8:])
f = frozenset(range(0, 70000, 7))
print(len(f & t), len(f | t), len(f - t), len(f ^ t))
print(list(f & t)[:5], list(t & f)[:5])
