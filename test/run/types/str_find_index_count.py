# RUN: %difftest %s
# find/rfind/index/rindex/count with start/end
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("hello", 1), s.find("zz"), s.find("o", 5, 8), s.find(""), s.rfind(""))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("hello", 1), s.count(""), "aaaa".count("aa"))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.find("o", -5), s.find("h", -100, 100), "abc".find("c", 10))
