# RUN: %difftest %s
# building objects dynamically with setattr/getattr
class Rec: pass
r = Rec()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(r, name, i * i)
print([getattr(r, n) for n in ["alpha", "beta", "gamma"]], vars(r))
