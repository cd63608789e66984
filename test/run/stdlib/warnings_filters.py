# RUN: %difftest %s
# warnings filters: simplefilter/filterwarnings actions (error, ignore, always, once, module), message regex, module, lineno, append, resetwarnings
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


warnings.simplefilter("always")
for i in range(2):
    emit("always shown")
warnings.filterwarnings("ignore", "spam", UserWarning)
emit("spam and eggs")
emit("SPAM is case-insensitive")
emit("eggs then spam")
warnings.filterwarnings("error", r"fatal: \d+")
try:
    emit("fatal: 42")
except UserWarning as e:
    print("raised:", type(e).__name__, e)
emit("fatal: none")
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
for i in range(3):
    emit("once only")
    emit("once only", RuntimeWarning)
warnings.warn("once only")
warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    emit("per module")
    warnings.warn("per module")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__main__")
emit("ignored by module")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="other")
warnings.simplefilter("error", RuntimeWarning, append=True)
try:
    emit("runtime error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
warnings.resetwarnings()
warnings.simplefilter("ignore", lineno=7)
emit("ignored at line 7")
warnings.warn("not line 7")
warnings.simplefilter("ignore", lineno=7)
print(len(warnings.filters), [f[0] for f in warnings.filters])
warnings.simplefilter("error", SyntaxWarning)
warnings.simplefilter("error", SyntaxWarning, append=True)
print(len(warnings.filters))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", category=str)
except AssertionError as e:
    print("AssertionError:", e)
warnings.resetwarnings()
warnings.filterwarnings("default", "repeat")
for i in range(3):
    emit("repeat me")
print("done")
