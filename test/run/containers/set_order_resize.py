# RUN: %difftest %s
# Orders across table growth and removals (dummies, reuse of slots).
s = set()
for i in range(0, 200, 13):
    s.add(i)
    if i % 3 == 0:
        print(len(s), list(s))
for i in range(0, 200, 26):
    s.discard(i)
print(list(s))
s.add(0)
s.add(1000)
print(list(s))
t = set(range(50))
for i in range(0, 50, 2):
    t.remove(i)
print(list(t))
t.update(range(100, 140))
print(list(t))
u = {i * 8 for i in range(20)}
print(list(u))
for i in range(10):
    u.discard(i * 8)
u |= {1, 2, 3}
print(list(u))
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(sum(big), list(big)[:20])
big.add(-1)
print(list(big)[:20])
