# RUN: %difftest %s
# for loops over list iterators (read inline by built executables): a list growing or shrinking
# while iterated, a partly used iterator, exhaustion, list subclasses with their own __iter__.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.append(4)
print(out)
it = iter([5, 6])
for x in it:
    print(x)
print(list(it), next(iter([]), "empty"))
l2 = [1, 2, 3, 4]
for x in l2:
    l2.pop()
    print(x, l2)
class L(list):
    def __iter__(self):
        yield from reversed(list(list.__iter__(self)))
for x in L([1, 2, 3]):
    print(x)
print(sum(x for x in [1.5, 2.5]), [y * 2 for y in [1, 2]])
