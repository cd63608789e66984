# RUN: %difftest %s
# logging: lastResort without handlers, module functions configuring the root, basicConfig options, level names
import logging
import sys

log = logging.getLogger("app.sub")
log.debug("not shown")
log.info("not shown")
log.warning("no handlers anywhere: %s", "bare message on stderr")
log.error("error %d", 2)
logging.lastResort.setLevel(logging.ERROR)
log.warning("below lastResort's level")
log.critical("still above it")
saved = logging.lastResort
logging.lastResort = None
log.error("with lastResort None, a one-time notice")
log.error("and no second notice")
logging.lastResort = saved

# Module-level functions configure the root logger (stderr, BASIC_FORMAT).
logging.info("root is at WARNING: dropped")
logging.warning("root warning %d", 5)
logging.basicConfig(level=logging.DEBUG, format="ignored: root has a handler")
logging.warning("still the first configuration")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s",
                    force=True, stream=sys.stdout)
log.debug("debug now, args %s", {"a": 1})
log.info("mapping args %(x)s and %(y)r", {"x": 42, "y": "why"})
logging.log(25, "level 25")
logging.critical("critical"); logging.fatal("fatal"); logging.error("error")
print(repr(log), repr(logging.getLogger()), repr(logging.root), log.parent is logging.root)
print(logging.getLogger() is logging.getLogger("root") is logging.root, logging.getLogger("") is logging.root)
print(log.getEffectiveLevel(), logging.root.level, logging.BASIC_FORMAT)
logging.basicConfig(format="{levelname}~{message}", style="{", force=True, stream=sys.stdout, level="INFO")
logging.info("brace style")
logging.basicConfig(format="$levelname~${message}", style="$", force=True, stream=sys.stdout)
logging.info("dollar style")

def attempt(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(logging.basicConfig, stream=sys.stdout, filename="x", force=True)
attempt(logging.basicConfig, handlers=[logging.NullHandler()], stream=sys.stdout, force=True)
attempt(logging.basicConfig, style="^", force=True)
attempt(logging.basicConfig, bogus=1, other=2, force=True)
logging.warning("the handler added before the error stays (on stderr)")

for value in [10, 20, 30, 40, 50, 0, 15, "INFO", "WARN", "FATAL", "nope"]:
    print(repr(value), repr(logging.getLevelName(value)))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"), logging.getLevelNamesMapping()["VERBOSE"])
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN, logging.INFO,
      logging.DEBUG, logging.NOTSET)
attempt(logging.getLogger("a").setLevel, "NOPE")
attempt(logging.getLogger("a").setLevel, 1.5)
attempt(logging.getLogger("a").setLevel, "ERROR")
print(logging.getLogger("a").level)
attempt(logging.getLogger, 5)
attempt(logging.getLogger("a").log, "x", "message")
