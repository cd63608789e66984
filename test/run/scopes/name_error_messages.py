# RUN: %difftest %s
# NameError messages for globals, builtins-misspelled names, free variables
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    return nothing_here
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
outer()
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
