# RUN: %difftest %s
# encode/decode round trips across codecs
samples = ["", "ascii only", "Grüße, Jürgen", "€100", "日本語テキスト", "emoji 😀👍🏽", "mixed é€😀\x00\x7f\x80"]
for s in samples:
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
        b = s.encode(enc)
        assert b.decode(enc) == s, (s, enc)
    print(repr(s), len(s.encode()), len(s.encode("utf-16")), len(s.encode("utf-32")), s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("latin-1", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
for b in [b"\xff\xfe", b"abc\xff", b"\x80abc\xc3", b"\xe2\x82"]:
    s = b.decode("utf-8", "surrogateescape")
    print(repr(s), s.encode("utf-8", "surrogateescape") == b, repr(b.decode("latin-1")), b.decode("latin-1").encode("latin-1") == b)
