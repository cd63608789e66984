# RUN: %difftest %s
# __init_subclass__ with keyword arguments
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, name))
class A(Plugin, name="a"): pass
class B(Plugin): pass
class C(A, name="c"): pass
print(Plugin.registry)
try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print(type(e).__name__, e)
