# RUN: %difftest %s
# math: factorial, comb, perm, gcd, lcm, prod, isqrt
import math
print(math.factorial(0), math.factorial(20), math.factorial(30), math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 4))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 4, 5), math.lcm(0, 5), math.lcm(-4, 6))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 5), start=10), math.prod([2] * 100))
for expr in ["math.factorial(-1)", "math.factorial(1.5)", "math.comb(-1, 2)", "math.perm(2, -1)", "math.gcd(1.5, 2)"]:
    try:
        eval(expr)
    except (ValueError, TypeError) as e:
        print(expr, type(e).__name__, e)
