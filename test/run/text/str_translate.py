# RUN: %difftest %s
# translate and maketrans
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

tab = str.maketrans("abc", "xyz")
print(sorted(tab.items()), "aabbcc-d".translate(tab))
tab = str.maketrans("ab", "cd", "xyz")
print(sorted(tab.items()), "axbycz".translate(tab))
tab = str.maketrans({"a": "AA", "b": None, 99: 100, 100: "é"})
print(sorted(tab.items()), "abcde".translate(tab))
print("abc".translate({97: None, 98: "xyz", 99: 100}), "abc".translate([]), "abc".translate({}), "é".translate({233: "e"}), "a😀".translate({0x1F600: "!"}))
class M(dict):
    def __missing__(self, k):
        return k + 1
print("abc".translate(M()))
t(lambda: "a".translate({97: 10**7}))
t(lambda: "a".translate({97: -1}))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate(1))
t(lambda: "a".translate())
t(lambda: str.maketrans())
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({1.5: "a"}))
t(lambda: str.maketrans({"ab": "a"}))
t(lambda: str.maketrans("ab", "a"))
t(lambda: str.maketrans("ab", 1))
t(lambda: str.maketrans(1, "a"))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans("a", "b", "c", "d"))
