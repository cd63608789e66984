# RUN: %difftest %s
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, a < a, a <= a)
print(a == frozenset([1, 2]), frozenset([1, 2]) == a)
print(a.issubset([1, 2, 5]), a.issuperset([1]), a.issubset(range(2)))
print(set() == frozenset(), {1} == [1], {1} != [1])
try:
    print({1} < [1, 2])
except TypeError as e:
    print(e)
try:
    print({1} <= 5)
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, {frozenset([1])} == {frozenset([1])})
print(sorted([{3}, {1, 3}, {1, 2, 3}], key=len))
