# RUN: %difftest %s
# open() in binary mode
path = "/tmp/kiln_test_open_binary.bin"
with open(path, "wb") as f:
    print(f.write(bytes(range(250, 256)) + b"\r\nabc"))
with open(path, "rb") as f:
    data = f.read()
    print(data, type(data).__name__, len(data))
with open(path, "rb") as f:
    print(f.read(2), f.readline(), f.read())
with open(path, "ab") as f:
    f.write(bytearray(b"!"))
with open(path, "rb") as f:
    print(f.readlines())
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
