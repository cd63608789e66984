# RUN: %difftest %s
# str/repr of exceptions with 0, 1, 2 args
for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(5), KeyError("k"), KeyError(), KeyError("a", "b"),
          OSError(2, "No such file"), StopIteration(3), SystemExit(4), Exception(None), IndexError(""), UnicodeError("u")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
