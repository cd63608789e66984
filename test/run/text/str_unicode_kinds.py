# RUN: %difftest %s
# strings mixing 1-, 2- and 4-byte code points: building, slicing, methods
parts = ["a", "é", "€", "😀", "\x00", "\uffff", "\U0010ffff"]
s = "".join(parts)
print(len(s), [ord(ch) for ch in s], s[2:5] == "€😀\x00", s.find("\uffff"), s.rfind("a"), s.split("😀"), s.upper(), s.replace("€", "e"))
big = "x" * 1000 + "😀" + "y" * 1000
print(len(big), big.index("😀"), big[999:1002], big.count("x"), len(big.upper()), big.strip("xy"), big.split("😀")[1][:3])
t = "é" * 5
print(t.encode("utf-8"), t.encode("latin-1"), t.center(9, "€"), ("€" + t)[1:].encode("latin-1"))
print(sorted(set("hello wörld €€")), max("aé€😀"), min("😀€é"), list(reversed("a€😀")), "".join(reversed("a€😀")))
print(chr(0x1F600) == "😀", ord("😀"), "\N{EURO SIGN}", "\u20ac" == "€", hash("€") == hash("\u20ac"))
