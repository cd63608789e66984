# RUN: %difftest %s
# str(int) and int(str) round trip for many sizes, format with n/, and _
for n in [0, 7, -7, 10 ** 18, 2 ** 63, -2 ** 63 - 1, 3 ** 200, -(10 ** 100) + 1]:
    s = str(n)
    print(len(s), int(s) == n, s[:20], format(n, ",")[:25], format(n, "_x")[:25])
