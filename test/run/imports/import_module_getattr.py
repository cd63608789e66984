# RUN: %difftest %s
# module-level __getattr__ and __dir__ (PEP 562)
from Inputs import module_getattr as m
print(m.real, m.lazy_thing, getattr(m, "lazy_x"))
try:
    m.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(m))
from Inputs.module_getattr import lazy_imported
print(lazy_imported)
