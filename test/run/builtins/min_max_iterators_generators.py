# RUN: %difftest %s
# min/max consume iterators and generators, return first maximal element
gen = (x % 5 for x in range(12))
print(max(gen), list(gen))
pairs = [("a", 2), ("b", 3), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(iter([]), default="none"))
print(max("apple", "pear", "fig", key=len), min(range(10, 0, -3)), max({3: "a", 7: "b"}.values()))
