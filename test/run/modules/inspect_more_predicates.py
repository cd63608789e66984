# RUN: %difftest %s
# inspect predicates over many kinds of objects, iscoroutinefunction/isasyncgenfunction via co_flags
import inspect, sys
def f(): pass
def g(): yield 1
async def c(): pass
async def ag(): yield 1
class A:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def p(self): return 1
    __slots__ = ("slot",)
gen = g()
objs = [("f", f), ("g", g), ("c", c), ("ag", ag), ("A", A), ("A()", A()), ("A().m", A().m), ("A.m", A.m),
        ("A.cm", A.cm), ("A.sm", A.sm), ("A.p", A.__dict__["p"]), ("A.slot", A.__dict__["slot"]),
        ("len", len), ("[].append", [].append), ("str.join", str.join), ("object.__init__", object.__init__),
        ("object().__str__", object().__str__), ("sys", sys), ("gen", gen), ("code", f.__code__),
        ("frame", sys._getframe()), ("int", int), ("1", 1), ("lambda", lambda: 0),
        ("type.__dict__['__name__']", type.__dict__["__name__"])]
preds = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "isroutine", "iscode", "isframe",
         "istraceback", "ismethoddescriptor", "isdatadescriptor", "isabstract", "isawaitable",
         "ismemberdescriptor", "isgetsetdescriptor"]
for name, o in objs:
    print(name.ljust(26), "".join("1" if getattr(inspect, p)(o) else "." for p in preds))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__), inspect.isframe(e.__traceback__.tb_frame))
print(inspect.isgeneratorfunction(A().m), inspect.CO_GENERATOR, inspect.CO_COROUTINE)
