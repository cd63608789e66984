# RUN: %difftest %s
# startswith/endswith with tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith(("x", "fil")), s.endswith((".zip", ".gz")), s.endswith("tar", 0, 12))
print(s.startswith("name", 4), s.startswith(""), "".endswith(""), s.startswith("file", -100))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
