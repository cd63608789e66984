# RUN: %difftest %s
# sorted with key functions: stability, None-safe keys, tuples
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
print(sorted(sorted(recs, key=lambda r: r[0]), key=lambda r: r[1], reverse=True))
print(sorted(["b", "A", "c", "B"], key=str.casefold), sorted([3, -1, 2, -5], key=abs))
