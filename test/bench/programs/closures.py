# Closures: nested functions, cell variables, nonlocal rebinding, closures
# created in loops, higher-order functions and lambdas.


def make_counter(start):
    count = start

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulator():
    total = 0
    calls = 0

    def add(v):
        nonlocal total, calls
        total += v
        calls += 1

    def get():
        return total, calls

    return add, get


def run(n):
    counter = make_counter(0)
    add, get = make_accumulator()
    adders = [make_adder(k) for k in range(10)]
    chain = compose(adders[3], compose(adders[5], adders[7]))
    s = 0
    for i in range(n):
        s += counter(i % 5)
        add(chain(i) % 97)
        f = make_adder(i)
        s += f(1) - i
    return s % 1000000007, get()


def outer_loop(n):
    result = 0
    for j in range(n):
        def inner(a, b=j):
            return a * b + j
        result += inner(2)
    return result


print("closures", run(600000))
print("inner", outer_loop(600000))
