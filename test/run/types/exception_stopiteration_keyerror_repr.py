# RUN: %difftest %s
# special str/repr behaviours: KeyError uses repr, SyntaxError fields, UnicodeError str
print(str(KeyError("a b")), str(KeyError(1)), str(KeyError((1, 2))), str(KeyError()))
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))
print(se.msg, se.filename, se.lineno, se.offset, se.text, str(se), repr(se))
print(str(SyntaxError("plain")), SyntaxError().msg)
ue = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
print(str(SystemExit(3)), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
