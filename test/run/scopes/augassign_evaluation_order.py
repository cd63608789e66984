# RUN: %difftest %s
# augmented assignment on subscripts/attributes evaluates target once
def t(label, val):
    print("eval", label)
    return val
class O:
    def __init__(self): self.a = 1
o = O()
d = {"k": 10}
t("obj", o).a += t("rhs", 5)
t("dict", d)[t("key", "k")] += t("rhs", 1)
print(o.a, d)
l = [1, 2, 3]
i = 0
l[i] += (i := 2)
print(l, i)
