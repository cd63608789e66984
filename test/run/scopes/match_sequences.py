# RUN: %difftest %s
# match: sequence patterns with star and nested patterns
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair of same {a}"
        case [a, *rest, z]:
            return f"first {a} last {z} middle {rest}"
        case _:
            return "not a sequence"
for v in [[], [1], (2, 2), [1, 2], [1, 2, 3, 4], "abc", range(3), {1, 2}, 5, [[1, 2]]]:
    print(repr(v), seq(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print(a, b, c)
