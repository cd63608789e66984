# RUN: %difftest %s
# ascii() escapes non-ASCII in reprs
print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii(["ü", 1]), ascii(b"\xff"), ascii({"k": "ñ"}), ascii(1.5))
print(repr("é"), ascii("\x00\n"), ascii("\u200b"))
