# RUN: %difftest %s
# math: exact integer functions and int-returning rounding
import math
def t(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)
for n in [0, 1, 5, 20, 21, 50, -1, 5.0, True, 2 ** 64]:
    t("factorial", n)
print(len(str(math.factorial(1000))), math.factorial(100) % 1000003)
for n in [0, 1, 15, 16, 10 ** 20, 2 ** 200 + 1, -1, 2.0]:
    t("isqrt", n)
for n, k in [(5, 2), (5, 0), (5, 5), (5, 7), (100, 50), (5, -1), (-5, 1), (10 ** 20, 3),
             (10 ** 20, 10 ** 20 - 2), (2.0, 1), (60, 30)]:
    t("comb", n, k)
    t("perm", n, k)
t("perm", 5)
t("perm", -1)
t("perm", 5, None)
t("gcd")
t("gcd", 12, -18, 8)
t("gcd", 0, 0)
t("gcd", 2 ** 100, 6 ** 50)
t("gcd", 1.5)
t("lcm")
t("lcm", 4, 6, 0)
t("lcm", -4, 6)
t("lcm", 2 ** 40, 3 ** 20)
for x in [1.5, -0.5, -1.5, 2.0, 10 ** 30, True, 2.5e20, float("inf"), float("nan"), "a"]:
    t("ceil", x)
    t("floor", x)
    t("trunc", x)
class C:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(C()), math.ceil(C()), math.trunc(C()))
t("prod", [1, 2, 3])
t("prod", [])
t("prod", [1.5, 2])
t("prod", range(1, 30))
print(math.prod([2, 3], start=10), math.prod(["ab"], start=2) if False else "")
t("fsum", [0.1] * 10)
t("fsum", [1, 1e100, 1, -1e100])
t("fsum", [1e308, 1e308])
t("fsum", [math.inf, -math.inf])
t("fsum", [math.inf, math.nan])
t("fsum", [math.inf, 1])
t("fsum", ["a"])
t("fsum", [])
t("fsum", [1e-16, 1, 1e-16])
t("fsum", [0.1, 0.2, 0.3, -0.6])
t("fsum", range(10))
