# RUN: %difftest %s
# set comprehensions and conversions; set of ints order after removals
s = {x % 7 for x in range(30)}
print(s, len(s))
s2 = set(range(10))
for v in (0, 2, 4):
    s2.discard(v)
s2.add(50)
s2.add(-5)
print(s2, sorted(s2), list(s2)[0])
print(set([1, 1, 2]) == {1, 2}, {1, 2} | {3}, set({"a": 1}.values()), {i * 8 for i in range(8)})
