# Function calls: naive recursive Fibonacci (positional-argument calls,
# small-int arithmetic, comparisons, returns).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_kw(n, acc=0):
    # keyword/default-argument calls
    if n < 2:
        return acc + n
    return fib_kw(n=n - 1, acc=acc) + fib_kw(n - 2)


total = 0
for i in range(3):
    total += fib(30)
total += fib_kw(27)
print("fib", total)
