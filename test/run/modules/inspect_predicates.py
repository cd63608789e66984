# RUN: %difftest %s
# simple inspect predicates
import inspect
def f(a, b=2, *args, c, **kw): pass
class A:
    def m(self): pass
print(inspect.isfunction(f), inspect.isclass(A), inspect.ismethod(A().m), inspect.isgeneratorfunction(f), inspect.ismodule(inspect))
def g(): yield
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()), inspect.isbuiltin(len), inspect.isroutine(len))
