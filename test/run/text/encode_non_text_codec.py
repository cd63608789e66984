# RUN: %difftest %s
# str.encode / bytes.decode refuse CPython's non-text codecs (rot13, hex, base64, ...) by name; unknown names stay "unknown encoding"
names = ["rot13", "rot_13", "Rot-13", "ROT13", "hex", "hex_codec", "base64", "base-64", "bz2", "zlib", "zip",
         "quopri", "quoted-printable", "uu", "uu_codec", "bogus", "rot-14"]
for enc in names:
    for f in (lambda: "x".encode(enc), lambda: b"x".decode(enc), lambda: bytearray(b"x").decode(enc),
              lambda: str(b"x", enc), lambda: "x".encode(encoding=enc, errors="ignore")):
        try:
            print(enc, repr(f()))
        except LookupError as e:
            print(enc, type(e).__name__, e)
try:
    "x".encode("rot13")
except LookupError as e:
    print(e)
for enc in ("hex", "rot13", "bogus"):
    try:
        open(__file__, encoding=enc)
    except LookupError as e:
        print("open:", e)
