# RUN: %difftest %s
# set membership with numeric equality and hashes; printing int sets
s = {1, 2.0, True, 3}
print(len(s), 1.0 in s, 2 in s, True in s, 3.0 in s, s)
s.discard(1.0)
print(s)
print({0, False, 0.0, -0.0}, {10 ** 20, 10 ** 20 + 0.0} == {10 ** 20})
