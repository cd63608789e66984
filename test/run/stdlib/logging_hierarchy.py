# RUN: %difftest %s
# logging: dotted names and placeholders, propagation, handler levels, filters, disable, effective levels
import logging
import sys

abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
axy = logging.getLogger("a.x.y")
print(abc.parent.name, ab.parent.name, axy.parent.name)
a = logging.getLogger("a")
print(ab.parent is a, axy.parent is a, abc.parent is ab, a.getChild("b") is ab, a.getChild("x.y") is axy)
d = logging.Logger.manager.loggerDict
print(sorted(d), type(d["a.x"]).__name__, type(d["a"]).__name__)
print(logging.root.getChild("a") is a, abc.getEffectiveLevel(), repr(abc))

out = sys.stdout
h1 = logging.StreamHandler(out)
h1.setFormatter(logging.Formatter("h1 %(name)s %(levelname)s %(message)s"))
h2 = logging.StreamHandler(out)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("h2 %(name)s %(message)s"))
a.addHandler(h1)
a.addHandler(h1)
logging.getLogger().addHandler(h2)
a.setLevel(logging.DEBUG)
print(len(a.handlers), repr(abc), abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
abc.debug("debug from a.b.c")
abc.error("error from a.b.c")
ab.propagate = False
abc.error("stops at a.b: lastResort takes it")
ab.propagate = True
ab.setLevel(logging.ERROR)
abc.warning("a.b's level decides now")
abc.setLevel(logging.INFO)
abc.info("a.b.c's own level decides")
ab.setLevel(logging.NOTSET)
abc.setLevel(logging.NOTSET)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2

odd = OnlyOdd()
a.addFilter(odd)
for i in range(4):
    a.info("number %d", i)
abc.info("logger filters apply only where the record is made: %d", 2)
a.removeFilter(odd)
h1.addFilter(logging.Filter("a.b"))
a.info("filtered out by the handler's filter")
abc.info("passes the a.b filter")
logging.getLogger("a.bc").info("a.bc does not pass a Filter('a.b')")
h1.addFilter(lambda record: "secret" not in record.getMessage())
abc.info("a secret")
abc.info("public")
print(a.hasHandlers(), logging.getLogger("zz").hasHandlers(), a.isEnabledFor(5), a.isEnabledFor(10))
logging.disable(logging.INFO)
a.info("disabled")
a.warning("warning still on")
logging.disable()
a.critical("critical disabled too")
logging.disable(logging.NOTSET)
a.info("enabled again")
ab.disabled = True
abc.error("a disabled parent does not stop propagation")
ab.error("a disabled logger drops its own records")
a.removeHandler(h1)
a.removeHandler(h1)
abc.warning("only h2 is left, below its level: nothing")
abc.error("h2 takes this")
