# RUN: %difftest %s
s = {5, 3, 100, 1, 64, 9, 12}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(30))
print([s.pop() for _ in range(10)])
s.add(0)
s.add(100)
print([s.pop() for _ in range(5)])
print(sorted(s))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
