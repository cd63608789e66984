# RUN: %difftest %s
# open() errors
path = "/tmp/kiln_test_open_errors.txt"
with open(path, "w") as f:
    f.write("x")
try:
    open("/tmp/kiln_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    open(path, "rw")
except ValueError as e:
    print(type(e).__name__, e)
try:
    with open(path) as f:
        f.write("y")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(path, "w") as f:
        f.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e)
