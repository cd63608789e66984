# RUN: %difftest %s
# str operators: +, *, in, comparisons, slicing, indexing across widths
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b, c = "abc", "é€", "😀x"
print(a + b + c, len(a + b + c), (a + b + c)[3], (a + b + c)[-2], (b + c)[::-1], (a + c)[1:4], a * 3, b * 2, c * 0, "" * 5)
print("b" in a, "é" in b, "😀" in c, "" in a, "ab" in a, "ba" in a, "€😀" in b + c)
print(a < b, b < c, "a" < "b", "Z" < "a", "é" > "z", "abc" < "abd", "ab" < "abc", "" < "a", a == "abc", a != "abc", a == b, sorted([c, b, a, "A", "ä"]))
s = "0123456789"
print(s[2:8:2], s[::-3], s[-3:], s[:-7], s[100:], s[-100:3], s[5:2], s[5:2:-1], s[::1], s[1::4])
w = "aé€😀" * 3
print(w[1::2], w[::-1], w[3:9], len(w), w.count("😀"), w.index("😀", 4))
x = "ab"
x += "cd"
x *= 2
print(x)
t(lambda: a + 1)
t(lambda: 1 + a)
t(lambda: a * 1.5)
t(lambda: a[10])
t(lambda: a[-10])
t(lambda: a < 1)
t(lambda: 1 in a)
t(lambda: a[1:2:0])
