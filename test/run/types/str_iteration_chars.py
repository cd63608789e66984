# RUN: %difftest %s
# iterating strings yields 1-char strings; ord/chr round trip
s = "héllo😀"
print([c for c in s], [ord(c) for c in s])
print("".join(chr(ord(c) + 1) for c in "HAL"), list(reversed("abc")), sorted(set("hello")))
print(chr(0), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff", ord("\n"))
for bad in ["ord('')", "ord('ab')", "chr(-1)", "chr(0x110000)", "chr('a')", "ord(5)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
