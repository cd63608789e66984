# RUN: %difftest %s
# user exception classes: args, str, custom __init__/__str__
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class WithStr(ValueError):
    def __str__(self): return "custom text"
try:
    raise MyErr("a", 1)
except MyErr as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise WithInit(404, "nf")
except Exception as e:
    print(e.code, e.args, e)
try:
    raise WithStr("x")
except ValueError as e:
    print(str(e), repr(e), e.args)
print(issubclass(WithStr, Exception), MyErr.__mro__[1].__name__)
