# RUN: %difftest %s
# sort with key and reverse; stability; sorted() vs list.sort
words = ["pear", "Apple", "fig", "banana", "kiwi", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
l = [5, 2, 9, 1]
print(l.sort(), l)
l.sort(reverse=True)
print(l)
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted([[2, 1], [1, 5], [1, 2]]), sorted([3.5, -1, 2, True]))
