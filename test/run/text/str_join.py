# RUN: %difftest %s
# join over lists, tuples, generators, strs; errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), " ".join(x for x in ["p", "q"]), "é".join(["€", "😀"]), ", ".join([]), "ab".join(["x"]))
print("".join({"k": 1, "j": 2}), "+".join(map(str, range(5))))
class S(str):
    pass
r = "".join([S("abc")])
print(type(r).__name__, r)
t(lambda: ",".join([1, 2]))
t(lambda: ",".join(["a", 2]))
t(lambda: ",".join(5))
t(lambda: ",".join(None))
t(lambda: ",".join())
t(lambda: ",".join(["a"], ["b"]))
t(lambda: ",".join([b"a"]))
