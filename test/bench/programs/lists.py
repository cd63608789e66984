# List operations: sort (with and without key), comprehensions, append/pop,
# insert, slicing, index/count, reverse, extend, min/max/sum, enumerate/zip.


def lcg(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        out.append(seed >> 8)
    return out


def sorting(data):
    a = sorted(data)
    b = sorted(data, key=lambda v: (v % 1000, v))
    c = list(data)
    c.sort(reverse=True)
    strs = sorted(str(v) for v in data[:20000])
    return a[0], a[-1], b[0], b[len(b) // 2], c[5], strs[100]


def comprehensions(data):
    sq = [v * v % 10007 for v in data]
    ev = [v for v in sq if v % 2 == 0]
    pairs = [(i, v) for i, v in enumerate(ev) if i % 3 == 0]
    nested = [[j for j in range(i % 10)] for i in range(20000)]
    zipped = [a + b for a, b in zip(sq, reversed(sq))]
    return len(ev), len(pairs), sum(len(x) for x in nested), max(zipped), min(zipped)


def stack_queue(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 2:
            total += stack.pop()
        if len(stack) > 64:
            total -= stack.pop(0)
    stack.extend(range(100))
    stack.reverse()
    stack.insert(10, -1)
    s = stack[::2]
    return total, len(stack), stack.index(-1), s.count(0), sum(s[:100])


data = lcg(220000, 42)
print("sorting", sorting(data))
print("comprehensions", comprehensions(data))
print("stack", stack_queue(500000))
