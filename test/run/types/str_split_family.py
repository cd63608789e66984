# RUN: %difftest %s
# split/rsplit with separators and maxsplit
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".rsplit("x"), "1 2 3".rsplit(maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a\tb\nc\x0bd\x0ce\rf\x1cg\x85h".split())
