# RUN: %difftest %s
# __code__ attributes of a simple function
def outer(a, b, /, c, *args, d, e=1, **kw):
    x = a + b
    def inner():
        return x + c
    return inner
co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
inner = outer(1, 2, 3, d=4)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, ic.co_argcount)
print(co.co_filename.endswith("function_code_attrs.py"), co.co_firstlineno, ic.co_firstlineno)
print(type(co).__name__, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
