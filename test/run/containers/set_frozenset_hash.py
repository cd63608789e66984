# RUN: %difftest %s
print(hash(frozenset()))
print(hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([2, 1])))
print(hash(frozenset(range(100))))
print(hash(frozenset([-1, -2, 2**61])))
print(hash(frozenset([frozenset([1]), frozenset([2])])))
fs = [frozenset([i, i + 1]) for i in range(10)]
print(set(fs))
print({frozenset(), frozenset([0]), frozenset([0, 1])})
d = {frozenset([1, 2]): 'a', frozenset([3]): 'b'}
print(d[frozenset([2, 1])])
s = {1, 2, 3}
print(frozenset([1, 2, 3]) in {frozenset(s)}, s in {frozenset(s)})
print({frozenset(s)}.__contains__(s))
x = {frozenset(s)}
x.discard(s)
print(x)
x = {frozenset(s)}
x.remove({3, 2, 1})
print(x)
