# RUN: %difftest %s
# non-ASCII strings: len, indexing, ord/chr, escapes in repr
s = "naïve café 日本語 😀"
print(len(s), s[6], s[-1], s[11:14], ord(s[-1]), chr(0x1F600) == s[-1], s.upper())
print(repr("tab\t nl\n bell\x07 del\x7f nbsp\xa0 zw\u200b ok é \U0001f600 \ud800"))
print("\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", len("e\u0301"), "😀".encode("utf-8"), ascii(s))
print(sorted("bäaz"), "ä" > "z", max("日本語"))
