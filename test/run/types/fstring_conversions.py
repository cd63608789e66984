# RUN: %difftest %s
# f-strings: !r !s !a, nested specs, = specifier, expressions
x, name, w = 3.14159, "é\n", 10
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{name!s}|")
print(f"{x:.{2}f}|{x:{w}.3f}|{'a':{'>'}{w}}|")
print(f"{x=}", f"{x = :.2f}", f"{1 + 2 = }", f"{name=!s}|", f"{w=!a}")
print(f"{'nested {}'}", f"{{}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{3:{'0'}5}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d):03}", f"{x!r:>12}", f"{'abc'!r:^9}")
