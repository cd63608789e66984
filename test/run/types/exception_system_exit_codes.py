# RUN: %difftest %s
# SystemExit.code for various constructions
for args in [(), (0,), (3,), ("msg",), (None,), (1, 2)]:
    e = SystemExit(*args)
    print(args, repr(e.code), repr(e))
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    exit_type = type(SystemExit())
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print("caught KI", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
