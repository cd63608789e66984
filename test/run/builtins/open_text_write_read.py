# RUN: %difftest %s
# open() in text mode: write, read, append, readline, readlines, iteration
path = "/tmp/kiln_test_open_text_write_read.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("three")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("\nfour\n")
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path, "r") as f:
    print(repr(f.read(4)), repr(f.read(6)), repr(f.readline()))
f = open(path)
print(f.closed, f.mode, f.name == path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
