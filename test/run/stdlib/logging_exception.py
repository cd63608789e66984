# RUN: %difftest %s
# logging: exception() and exc_info (tracebacks, chains, no active exception), stack_info, on stderr and stdout
import logging
import sys

logging.basicConfig(format="%(name)s:%(levelname)s:%(message)s")
lg = logging.getLogger("svc")

def inner():
    raise ValueError("inner")

def outer():
    try:
        inner()
    except ValueError as e:
        raise RuntimeError("outer") from e

try:
    outer()
except RuntimeError:
    lg.exception("chained %s", "failure")

try:
    {}["missing"]
except KeyError as e:
    caught = e
    lg.error("handled", exc_info=True)
lg.error("exception instance", exc_info=caught)
lg.error("exc_info tuple", exc_info=(type(caught), caught, caught.__traceback__))
lg.error("no exception active", exc_info=True)
logging.exception("module-level exception() outside a handler")
lg.exception("exc_info=False", exc_info=False)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("stdout %(levelname)s %(message)s"))
lg.addHandler(h)
try:
    1 / 0
except ZeroDivisionError:
    lg.exception("the traceback text is made once, then reused")

def where():
    lg.critical("with stack", stack_info=True)

where()
