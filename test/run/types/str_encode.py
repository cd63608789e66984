# RUN: %difftest %s
# str.encode with encodings and errors
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(s.encode("utf-16-le"), "abc".encode("ascii"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"\xe2\x82\xac".decode(), b"abc\xff".decode("latin-1"))
