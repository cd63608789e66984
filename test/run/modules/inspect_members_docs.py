# RUN: %difftest %s
# inspect.getmembers (classes, instances, predicates), getmro, cleandoc/getdoc, unwrap, generator state
import inspect
class Base:
    """Base docstring.

        Indented more.
    Back.
    """
    x = 1
    def hello(self):
        """   Say hello.
        Politely.
        """
        return "hi"
class Derived(Base):
    y = 2
    def other(self): pass
d = Derived()
d.z = 3
print([n for n, v in inspect.getmembers(Derived) if not n.startswith("__")])
print([(n, v) for n, v in inspect.getmembers(d) if n in ("x", "y", "z")])
print([n for n, v in inspect.getmembers(Derived, inspect.isfunction)])
print([n for n, v in inspect.getmembers(d, inspect.ismethod)])
print([c.__name__ for c in inspect.getmro(Derived)])
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Base.hello)))
print(repr(inspect.cleandoc("\n\n   a\n     b\n   c\n\n")))
print(inspect.getdoc(lambda: 0))
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    wrapper.__wrapped__ = fn
    return wrapper
@deco
@deco
def target(): return 42
print(inspect.unwrap(target).__name__, inspect.unwrap(target, stop=lambda f: True) is target)
def gen():
    yield inspect.getgeneratorstate(g)
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
