# RUN: %difftest %s
# splitlines with all line boundaries and keepends
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end"
print(s.splitlines())
print("a\nb\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines(), "x\r\n\r\n".splitlines(keepends=True))
