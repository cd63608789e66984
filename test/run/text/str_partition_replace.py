# RUN: %difftest %s
# partition/rpartition/replace
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a=b=c", "abc", "", "=", "==", "k=v"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("bc"), s.rpartition("ab"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "abab".replace("ab", ""), "aaaa".replace("aa", "a"), "é€é".replace("€", "😀"), "😀x".replace("😀", "y"))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(""))
t(lambda: "a".partition(1))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", 1))
t(lambda: "a".replace("a", "b", "c"))
t(lambda: "a".replace("a"))
t(lambda: "a".replace("a", "b", 1, 2))
