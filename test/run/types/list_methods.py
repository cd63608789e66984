# RUN: %difftest %s
# all list methods
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 7)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(4)
print(l, l.index(2), l.index(2, 1), l.count(1), l.copy() == l, l.copy() is l)
l.reverse()
print(l)
l.clear()
print(l, len(l))
for expr in ["[].pop()", "[1].pop(5)", "[1].remove(2)", "[1].index(2)", "[1, 2].index(1, 1)"]:
    try:
        eval(expr)
    except (IndexError, ValueError) as e:
        print(expr, type(e).__name__, e)
