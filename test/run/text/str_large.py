# RUN: %difftest %s
# large strings: replace, split, join, find and count on megabyte inputs
s = "abc" * 300000
print(len(s), s.count("bca"), s.find("cab", 500000), s.rfind("abc"), len(s.replace("b", "XY")), len(s.split("c")), len(s.upper()), s[-5:])
words = ["w%d" % i for i in range(100000)]
j = " ".join(words)
print(len(j), j[:20], j.split()[-1], len(j.split(" ", 10)), j.count(" "))
u = "€" * 100000 + "x"
print(len(u), u.find("x"), u.rstrip("x")[-1], len(u.encode()), u.encode()[-4:])
n = "\n".join(["line %d" % i for i in range(50000)])
print(len(n.splitlines()), n.splitlines()[12345], len(n.splitlines(True)[0]))
