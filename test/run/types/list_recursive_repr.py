# RUN: %difftest %s
# repr of self-containing lists and dicts
l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
x = [l, d]
print(x)
t = ([],)
t[0].append(t)
print(t)
