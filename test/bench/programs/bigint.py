# Big ints: pidigits (spigot algorithm with huge ints), factorials,
# big-int multiplication, division, pow with modulus and str() of huge ints.


def pidigits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = (10 * q, 10 * (r - m * t), t, k,
                                (10 * (3 * q + r)) // t - 10 * m, x)
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)
    return "".join(str(d) for d in digits)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


pi = pidigits(3200)
print("pi", pi[:20], pi[-20:])
f = factorial(1500)
print("fact", len(str(f)), str(f)[:12])
f = factorial(9000)
print("fact", f % 1000000007, f.bit_length(), (f >> 20000) % 65521)
g = fib_big(20000)
print("fib", g % 998244353, len(str(g)))
print("pow", pow(3, 100000, 10 ** 40 + 7), (7 ** 2000) // (3 ** 1500) % 1000003)
