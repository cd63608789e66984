# RUN: %difftest %s
# dict comprehensions, iteration forms, items unpacking
sq = {n: n * n for n in range(5) if n != 2}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
print({k: v for k, v in zip("abc", range(3))}, dict(enumerate("xy")))
print({x: y for x in range(2) for y in range(3)})
