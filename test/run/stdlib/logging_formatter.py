# RUN: %difftest %s
# logging: Formatter styles, times with a fixed converter, defaults, validation, caller fields and stacklevel
import logging
import sys
import time

rec = logging.makeLogRecord({"name": "x.y", "levelno": 20, "levelname": "INFO", "msg": "hello %s",
                             "args": ("w",), "created": 1700000000.25, "msecs": 250.0})
for fmt, style in [("%(name)s %(message)s %(levelname)-8s|%(levelno)03d", "%"),
                   ("{name} {message} {levelname:>8}|{levelno}", "{"),
                   ("$name $message ${levelname}|", "$")]:
    f = logging.Formatter(fmt, style=style)
    print(f.format(rec), f.usesTime())
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec), f.usesTime(), rec.asctime)
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H-%M")
f.converter = time.gmtime
print(f.format(rec))
f = logging.Formatter("{asctime} {message}", style="{")
f.converter = time.gmtime
f.default_msec_format = "%s.%03d"
print(f.format(rec))
print(logging.Formatter("[%(custom)s] %(message)s", defaults={"custom": "dflt"}).format(rec))
print(logging.Formatter().format(rec), logging.Formatter(None, None, "{").format(rec))
print(repr(rec)[:26], rec.getMessage(), rec.message)

def attempt(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(logging.Formatter, "no fields")
attempt(logging.Formatter, "{x", style="{")
attempt(logging.Formatter, "nofields", style="{")
attempt(logging.Formatter, "nofields", style="$")
attempt(logging.Formatter, "%(x)s", style="^")
attempt(logging.Formatter("%(missing)s").format, rec)
print(logging.Formatter("no fields", validate=False).format(rec))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter(
    "%(funcName)s:%(lineno)d:%(filename)s:%(module)s %(levelname)s %(message)s"))
lg = logging.getLogger("s")
lg.addHandler(h)
lg.propagate = False
lg.warning("at module level")

def helper(msg):
    lg.warning(msg, stacklevel=2)

def caller():
    helper("from helper, attributed to caller")
    lg.error("directly in caller")

caller()

def deep():
    lg.warning("stacklevel past the outermost frame", stacklevel=10)

deep()

class MyLogger(logging.Logger):
    def note(self, msg):
        self.warning("note: " + msg)

logging.setLoggerClass(MyLogger)
m = logging.getLogger("mine")
m.addHandler(h)
m.propagate = False
m.note("a subclass method's frame is the caller")
logging.setLoggerClass(logging.Logger)
print(type(m).__name__, type(logging.getLogger("plain")).__name__, logging.getLoggerClass().__name__)
attempt(logging.setLoggerClass, int)

lg.info("extra fields %s", "x", extra={"k": 1})
h.setFormatter(logging.Formatter("%(message)s k=%(k)s"))
lg.warning("extra fields %s", "y", extra={"k": 2})
attempt(lg.warning, "m", extra={"msg": 1})
attempt(lg.warning, "m", extra={"message": 1})
