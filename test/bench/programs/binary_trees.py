# Allocation-heavy: binary trees of tuples (Benchmarks Game), plus many
# small lists and small objects that die young.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next):
        self.value = value
        self.next = next


def linked(n):
    total = 0
    for r in range(20):
        head = None
        for i in range(n):
            head = Node(i, head)
        while head is not None:
            total += head.value & 3
            head = head.next
    return total


def small_lists(n):
    acc = 0
    for i in range(n):
        a = [i, i + 1, i + 2]
        b = (a, i)
        c = [b, b]
        acc += len(c) + c[0][0][2]
    return acc % 1000003


min_depth = 4
max_depth = 14
stretch = max_depth + 1
print("stretch tree of depth %d check: %d" % (stretch, check_tree(make_tree(stretch))))
long_lived = make_tree(max_depth)
for d in range(min_depth, max_depth + 1, 2):
    iterations = 2 ** (max_depth - d + min_depth)
    check = 0
    for i in range(iterations):
        check += check_tree(make_tree(d))
    print("%d trees of depth %d check: %d" % (iterations, d, check))
print("long lived tree of depth %d check: %d" % (max_depth, check_tree(long_lived)))
print("linked", linked(10000))
print("small", small_lists(200000))
