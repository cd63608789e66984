# RUN: %difftest %s
# join accepts any iterable of str
print("-".join(("a", "b")), "-".join({"k1": 1}), "".join(reversed("abc")), ",".join(str(i) for i in range(3)), "x".join(""))
print(" ".join(map(str, [1.5, None, True])), "+".join(iter(["only"])))
