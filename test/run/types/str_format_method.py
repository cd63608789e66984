# RUN: %difftest %s
# str.format: positional, keyword, index, attribute, conversion, nesting
class P:
    x = 3
    def __repr__(self): return "P!"
print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("a", "b"), "{name}-{0}".format(9, name="n"))
print("{0[1]} {0[k]} {1.x} {1!r} {1!s} {2!a}".format({1: "one", "k": "K"}, P(), "é"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{literal}} {}".format(1), "{:>{}}".format("x", 4))
print("{a} and {b}".format_map({"a": 1, "b": 2}))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{x}", ()), ("{0[", (1,)), ("}", ()), ("{!x}", (1,)), ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
