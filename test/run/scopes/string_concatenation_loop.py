# RUN: %difftest %s
# building strings and lists in loops; += on str rebinding
s = ""
for i in range(5):
    s += str(i)
t = s
s += "!"
print(s, t)
parts = []
for w in "the quick brown fox".split():
    parts.append(w.capitalize())
print(" ".join(parts))
