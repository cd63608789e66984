# RUN: %difftest %s
# startswith/endswith with tuples, ranges and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world"
for args in [("hello",), ("world",), (("x", "hell"),), ("", 11), ("", 12), ("o", 4), ("o", 4, 5), ("lo", 3, 5), (("a", "b"),), ((),), ("hello", -11), ("world", None, None), ("d", -1)]:
    print(args, s.startswith(*args), s.endswith(*args))
t(lambda: s.startswith(1))
t(lambda: s.endswith(("a", 1)))
t(lambda: s.startswith())
t(lambda: s.endswith("a", "b"))
t(lambda: s.startswith(["hello"]))
