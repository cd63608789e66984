# RUN: %difftest %s
# count and replace on overlapping patterns
s = "aaaaa"
print(s.count("aa"), s.replace("aa", "b"), s.replace("aa", "b", 1), s.find("aa", 1), s.rfind("aa"), s.split("aa"), s.rsplit("aa", 1))
print("ababab".count("aba"), "ababab".replace("aba", "X"), "".count(""), "abc".count("", 1), "abc".replace("", "|", 2))
