# RUN: %difftest %s
# globals() and locals() at module level, in functions, in classes
print(globals() is locals())
def f(a):
    b = 2
    loc = locals()
    print(sorted(loc), loc is locals(), globals() is locals())
    loc["c"] = 5
    print("c" in locals())
f(1)
class K:
    x = 1
    print(sorted(k for k in locals()), locals() is globals())
G = 1
def g():
    globals()["NEW"] = 99
g()
print(NEW)
