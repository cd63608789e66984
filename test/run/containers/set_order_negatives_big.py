# RUN: %difftest %s
print({-1, -2})
print({-(2**61), 2**61 - 1, -2**62, 2**100, -2**100})
print({10**20, 10**19, 10**18, 3})
print({-7, -14, -21, -28, 7, 14, 21, 28})
s = set()
for k in [2**40, 2**41, -2**40, 17, -17, 2**64 + 5]:
    s.add(k)
print(s)
print(sorted(s) == sorted(list(s)))
print({True, 2, 0, 3.0, -1})
print({1.5, 2.5, 0.5, -0.5})
