# RUN: %difftest %s
# chained exceptions keep their own tracebacks
def a():
    raise KeyError("in a")
def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("in b") from e
try:
    b()
except ValueError as e:
    def names(tb):
        out = []
        while tb:
            out.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return out
    print(names(e.__traceback__), names(e.__cause__.__traceback__))
