# RUN: %difftest %s
# except* reraise, raise new exceptions inside except*, unhandled remainder
def run():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("vals")
    except* TypeError as tg:
        print("types", repr(tg))
        raise
try:
    run()
except ExceptionGroup as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("new")
except Exception as e:
    print(repr(e), repr(e.__context__))
