# RUN: %difftest %s
# closure cells and cell_contents
def make():
    x = 1
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = make()
c = get.__closure__[0]
print(type(c).__name__, c.cell_contents, get.__code__.co_freevars)
set_(5)
print(c.cell_contents, get())
c.cell_contents = 9
print(get())
def empty():
    if False:
        y = 0
    def inner(): return y
    return inner
ec = empty().__closure__[0]
try:
    ec.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
try:
    empty()()
except NameError as e:
    print(type(e).__name__, e)
