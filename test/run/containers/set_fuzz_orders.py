# RUN: %difftest %s
# Random sequences of set operations: every result must iterate as in CPython.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
def rint():
    k = rnd(10)
    if k < 5:
        return rnd(64)
    if k < 7:
        return rnd(100000) - 50000
    if k < 8:
        return rnd(1 << 30) * (1 << rnd(40))
    if k < 9:
        return -rnd(2000)
    return rnd(8) * 8
def rset():
    return set(rint() for _ in range(rnd(40)))
sets = [rset() for _ in range(6)]
for step in range(3000):
    a = rnd(6); b = rnd(6)
    s = sets[a]; t = sets[b]
    op = rnd(22)
    if op == 0: s.add(rint())
    elif op == 1: s.discard(rint())
    elif op == 2:
        if s: s.pop()
    elif op == 3: s.update([rint() for _ in range(rnd(10))])
    elif op == 4: sets[a] = s | t
    elif op == 5: sets[a] = s & t
    elif op == 6: sets[a] = s - t
    elif op == 7: sets[a] = s ^ t
    elif op == 8: s |= t
    elif op == 9: s &= t
    elif op == 10: s -= t
    elif op == 11: s ^= t
    elif op == 12: s.intersection_update([rint() for _ in range(rnd(50))] + list(t))
    elif op == 13: s.difference_update([rint() for _ in range(rnd(10))])
    elif op == 14: s.symmetric_difference_update([rint() for _ in range(rnd(10))])
    elif op == 15: sets[a] = s.copy()
    elif op == 16: sets[a] = set(list(s) + list(t))
    elif op == 17: sets[a] = set(frozenset(s) | frozenset(t))
    elif op == 18:
        for x in list(s)[:rnd(5)]: s.remove(x)
    elif op == 19:
        if rnd(5) == 0: s.clear()
    elif op == 20: sets[a] = s.union(t, [rint()], range(rnd(5)))
    elif op == 21: sets[a] = s.difference(t, [rint()])
    if step % 50 == 0:
        print(step, list(sets[a])[:30], len(sets[a]))
for s in sets:
    print(list(s))
print(hash(frozenset(sets[0])), hash(frozenset(sets[1])))
print({frozenset(s) for s in sets} == {frozenset(s) for s in sets})
