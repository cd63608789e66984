# RUN: %difftest %s
# partition/rpartition, center/ljust/rjust/zfill
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6, "-")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
