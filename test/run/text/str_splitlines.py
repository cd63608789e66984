# RUN: %difftest %s
# splitlines with all line boundaries
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n", "\n\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "a\x1fb", "\r\n\r", "x\n\ry"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
t(lambda: "a".splitlines("x"))
t(lambda: "a".splitlines(1.5))
t(lambda: "a".splitlines(1, 2))
