# RUN: %difftest %s
# globals() is locals() at module level only
print(globals() is locals())
def f():
    return globals() is locals(), locals()
print(f())
class C:
    same = globals() is locals()
    ns_keys = sorted(locals())
print(C.same, C.ns_keys)
print(eval("globals() is locals()"), eval("globals() is locals()", {}), eval("globals() is locals()", {}, {}))
