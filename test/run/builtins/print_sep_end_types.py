# RUN: %difftest %s
# print() with objects needing str(), None sep/end, empty strings
class S:
    def __str__(self): return "S!"
print(S(), [S()] and "list", 1.0, None, b"b", sep="|", end="<\n")
print("a", "b", sep="\n")
print("", "", sep="x")
print(end="")
print("end")
