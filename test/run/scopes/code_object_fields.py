# RUN: %difftest %s
# code object fields of simple functions read from Python
def simple(a, b=1):
    c = a + b
    return c
co = simple.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_names, co.co_consts)
print(co.co_filename.endswith("code_object_fields.py"), co.co_firstlineno, co.co_flags, co.co_stacksize)
def uses_globals():
    return len(print.__name__) + math_thing
print(uses_globals.__code__.co_names)
def flags(*a, **k):
    yield
print(flags.__code__.co_flags, flags.__code__.co_varnames, flags.__code__.co_argcount)
def closure_maker():
    cell_var = 1
    def use(): return cell_var
    return use
print(closure_maker.__code__.co_cellvars, closure_maker().__code__.co_freevars, closure_maker.__code__.co_flags)
print((lambda: 0).__code__.co_name, (lambda x: x).__code__.co_qualname)
def docstring():
    "doc"
    return 1
print(docstring.__code__.co_consts)
