# RUN: %difftest %s
# match: or-patterns, as-patterns, guard evaluation order
def f(x):
    match x:
        case [1, (2 | 3) as second] as whole:
            return f"second={second} whole={whole}"
        case (int() | str()) as v if print("guard", v) or v:
            return "truthy " + repr(v)
        case _:
            return "fallthrough"
for v in [[1, 3], [1, 4], 5, 0, "", "s"]:
    print(f(v))
