# RUN: %difftest %s
# exception group derive, split by predicate, nested structure preserved, notes and tracebacks copied
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
eg = MyEG("m", [ValueError(1), TypeError(2)])
eg.add_note("a note")
m, r = eg.split(lambda e: isinstance(e, ValueError))
print(type(m).__name__, repr(m), repr(r), m.__notes__, r.__notes__)
print(eg.split(Exception)[1], eg.subgroup(BaseException) is eg)
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            yield from leaves(x)
    else:
        yield e
g = ExceptionGroup("top", [ExceptionGroup("a", [ValueError(1)]), KeyError(2), ExceptionGroup("b", [ExceptionGroup("c", [OSError(3)])])])
print([repr(x) for x in leaves(g)])
