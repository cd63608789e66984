# RUN: %difftest %s
# traceback: print_exc/format_exc, format_exception with and without the chain, tb and stack extraction
import traceback, sys
def inner():
    return 1 / 0
def outer():
    inner()
try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[0], len(s.splitlines()))
    print(traceback.format_exception_only(sys.exc_info()[1]))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    tb = e.__traceback__
    print(traceback.format_tb(tb)[0].splitlines()[0].split(",")[1:])
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(tb)])
def show():
    print([fs.name for fs in traceback.extract_stack()][-2:])
    traceback.print_stack(limit=1)
show()
print(traceback.format_exception_only(ValueError("x")), traceback.format_exception(None))
