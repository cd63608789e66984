# RUN: %difftest %s
# compile-time SyntaxWarnings: is with a literal, calling/subscripting literals, assert on a tuple
x = "abc"
print(x is "abc" or True, x is not 1)
assert (x, "always true")
def f():
    return [1, 2] [0, 1] if False else 0
print(f())
print(None if True else None())
print(0 if True else 5[0])
print(0 if True else (1, 2)("x"))
exec("y = 2\nprint(y is 2)")
code = compile("z = () is ()", "fake_file.py", "exec")
print("compiled", x is None, x is ...)
