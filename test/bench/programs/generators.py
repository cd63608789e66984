# Generators: generator functions, generator pipelines, generator
# expressions, yield from, send().


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def take_every(it, k):
    i = 0
    for x in it:
        if i % k == 0:
            yield x
        i += 1


def chained(n):
    yield from numbers(n)
    yield from squares(numbers(n))


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count


def run(n):
    s = 0
    for v in take_every(evens(squares(numbers(n))), 3):
        s += v
    s2 = sum(x % 7 for x in numbers(n))
    s3 = 0
    for v in chained(n // 2):
        s3 += v & 255
    s4 = sum(tree(16))
    avg = averager()
    next(avg)
    last = 0.0
    for i in range(n // 4):
        last = avg.send(i % 100)
    return s % 1000000007, s2, s3, s4, round(last, 6)


print("generators", run(1100000))
