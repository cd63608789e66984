# RUN: %difftest %s
data = [1, 2, 3, 0, 4, 5]
it = iter(data.pop, 3)
print(list(it), data)
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
it = iter(counter, 8)
print(next(it), next(it), list(it), list(it))
def stop():
    raise StopIteration
print(list(iter(stop, 1)))
def err():
    raise ValueError('x')
try:
    list(iter(err, 1))
except ValueError as e:
    print('ValueError', e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
print(type(iter(counter, 0)).__name__)
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
class EqAll:
    def __eq__(self, other):
        return other == 'stop'
vals = iter(['go', 'go', 'stop', 'go'])
print(list(iter(lambda: next(vals), EqAll())))
