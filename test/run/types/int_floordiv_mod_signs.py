# RUN: %difftest %s
# floor division and modulo with negative operands
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 % -10, 0 % -3)
print(7.5 // 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(-0.0 % 5, 5 % -0.5)
