# RUN: %difftest %s
# dict order after deletions and re-insertions; popitem is LIFO
d = {k: k * k for k in range(8)}
for k in (1, 3, 5):
    del d[k]
d[3] = "back"
d[100] = "new"
print(list(d), d.popitem(), d.popitem(), list(d))
d.update({0: "updated", 42: "x"})
print(d)
