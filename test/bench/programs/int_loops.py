# Integer loops: arithmetic in while and for loops (small ints, //, %,
# bitwise operators, augmented assignment, comparisons).


def collatz_steps(limit):
    best = 0
    best_n = 0
    n = 1
    while n < limit:
        x = n
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x //= 2
            steps += 1
        if steps > best:
            best = steps
            best_n = n
        n += 1
    return best_n, best


def sieve_sum(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    s = 0
    for k in range(n + 1):
        if flags[k]:
            s += k
    return s


def mix(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i) % 1000003
        h ^= (i << 3) & 0xFFFF
        h -= i % 7
    return h


print("collatz", collatz_steps(50000))
print("sieve", sieve_sum(500000))
print("mix", mix(700000))
