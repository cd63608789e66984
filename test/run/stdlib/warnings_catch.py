# RUN: %difftest %s
# warnings: catch_warnings(record=True) with WarningMessage, restore on exit, showwarning/formatwarning hooks, warn_explicit
import sys
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(FutureWarning("third"))
    for m in log:
        print(type(m).__name__, m.message, type(m.message).__name__, m.category.__name__,
              m.filename == __file__, m.lineno, m.line, m.file)
    print(str(log[0]).replace(repr(__file__), 'FILE'))
print(len(log), warnings.filters[0])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
warnings.warn("shown after the block")
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno, file, line)


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("via hook")
warnings.showwarning = old
warnings.warn("via default")


def my_format(message, category, filename, lineno, line=None):
    return "FMT %s %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
warnings.warn("formatted")
warnings.formatwarning = warnings._formatwarning_orig
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "   the line   "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "/nonexistent/file.py", 3), end="")
warnings.showwarning("to stdout", UserWarning, "fake.py", 9, sys.stdout, "src()")
warnings.warn_explicit("explicit", UserWarning, "fake_file.py", 12)
warnings.warn_explicit("explicit", UserWarning, "fake_file.py", 12, registry={})
reg = {}
warnings.warn_explicit("explicit reg", UserWarning, "fake_file.py", 13, "mymod", reg)
warnings.warn_explicit("explicit reg", UserWarning, "fake_file.py", 13, "mymod", reg)
print(sorted(k for k in reg if k != 'version'))
warnings.warn_explicit(SyntaxWarning("inst"), UserWarning, "fake_file.py", 14)
warnings.warn_explicit("dep", DeprecationWarning, "fake_file.py", 15, "__main__")
warnings.warn_explicit("dep", DeprecationWarning, "fake_file.py", 15, "elsewhere")
print("done")
