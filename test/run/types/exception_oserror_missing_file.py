# RUN: %difftest %s
# OSError attributes when opening a missing file
try:
    open("/nonexistent_dir_kiln/missing.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
    print(e)
    print(repr(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, e.errno, e.strerror, str(e))
e2 = OSError(2, "No such file or directory", "x.txt")
print(type(e2).__name__, e2)
print(type(OSError("single")).__name__, OSError("single").errno)
