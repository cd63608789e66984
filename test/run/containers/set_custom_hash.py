# RUN: %difftest %s
class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f'K({self.v})'
a, b, c = K(1, 5), K(2, 5), K(1, 5)
s = {a, b}
print(s)
print(c in s)
s.add(c)
print(len(s))
s.discard(K(2, 5))
print(s)
class H:
    def __hash__(self):
        return -1
print(hash(H()), {H()} != set())
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError as e:
    print(e)
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError('cmp failed')
s = {Boom()}
try:
    Boom() in s
except ValueError as e:
    print(e)
print({1, 1.0, True, 2, 2.0}, {0.0, 0, False, -0.0})
print(1 in {1.0}, 1.0 in {True}, hash(1.5) == hash(1.5))
