# RUN: %difftest %s
# containment checks identity before __eq__
class Never:
    def __eq__(self, o):
        print("eq called")
        return False
n = Never()
print(n in [n], n in (n,), [n].count(n), [n].index(n))
print(n in [Never()])
d = {}
class H(Never):
    def __hash__(self): return 1
h = H()
d[h] = "found"
print(d[h])
