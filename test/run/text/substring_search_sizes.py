# RUN: %difftest %s
# `in`, find, index, count and replace on one-byte text below and above 512 characters (two
# search strategies), with near misses, matches at both ends, one-character needles and
# repetitive text.
texts = ["ab" * 100 + "abc", "a" * 600 + "b", "x" * 511 + "needle", "needle" + "y" * 700,
         ("abcab" * 130) + "abcabd", "", "a"]
needles = ["abc", "ab", "b", "needle", "abcabd", "aab", "aaab", "zz", "", "a" * 601, "y" * 3]
for t in texts:
    row = []
    for n in needles:
        row.append((n in t, t.find(n), t.rfind(n), t.count(n), t.find(n, 3, 520)))
    print(len(t), row)
print("abcabd" in ("abcab" * 200), ("q" * 1000).replace("qq", "r")[:5], ("ab" * 300).index("ba", 400))
