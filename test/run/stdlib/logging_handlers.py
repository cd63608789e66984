# RUN: %difftest %s
# logging: LoggerAdapter, FileHandler, NullHandler, custom handlers, reprs, warn(), captureWarnings, shutdown at exit
import logging
import os
import sys
import warnings

lg = logging.getLogger("svc")
lg.warn("deprecated warn method")
logging.captureWarnings(True)
warnings.warn("captured without handlers: dropped")
logging.basicConfig(format="%(name)s:%(levelname)s:%(message)s")
warnings.warn("captured after config")
logging.captureWarnings(False)
warnings.warn("not captured")

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s user=%(user)s"))
lg.addHandler(h)
lg.propagate = False
ad = logging.LoggerAdapter(lg, {"user": "bob"})
ad.warning("adapter %s", "message")
ad.debug("below the level")
lg.setLevel(logging.DEBUG)
ad.debug("now enabled")
ad.log(25, "via log")
print(repr(ad), ad.name, ad.isEnabledFor(10), ad.getEffectiveLevel(), ad.hasHandlers())

class Prefixing(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs

h.setFormatter(logging.Formatter("%(message)s"))
Prefixing(lg, {"user": "eve"}).info("processed")

fn = os.path.join("/tmp", "kiln-logging-test-%d.log" % os.getpid())
fh = logging.FileHandler(fn, mode="w", delay=True)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
print(fh.stream, os.path.exists(fn))
lg.addHandler(fh)
lg.warning("to file")
lg.error("to file %d", 2)
fh.close()
lg.removeHandler(fh)
with open(fn) as f:
    print(f.read(), end="")
print(repr(fh).replace(fn, "FILE"))
os.remove(fn)

print(repr(h), repr(logging.NullHandler()), repr(logging.lastResort), repr(logging.Handler()))
h.setLevel("ERROR")
print(repr(h), h.name)
h.name = "console"
print(h.name, h.get_name())
old = h.setStream(sys.stderr)
print(old is sys.stdout, h.setStream(sys.stderr))
lg.error("now on stderr")

try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print(e)

class Recording(logging.Handler):
    def emit(self, record):
        print("emit", record.levelname, self.format(record))

    def close(self):
        print("closing", self.name)
        super().close()

r = Recording(logging.INFO)
r.name = "recording"
lg.addHandler(r)
lg.addHandler(logging.NullHandler())
lg.info("info reaches the recording handler")
lg.debug("debug does not")
logging.getLogger("svc.child").warning("from a child")
print("end of program: shutdown closes the handlers next")
