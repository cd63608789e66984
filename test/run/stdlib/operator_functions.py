# RUN: %difftest %s
# operator's function forms of the operators, sequence helpers and in-place forms
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.not_(0), op.truth([]), op.truth([1]), op.inv(5), op.invert(0))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 3))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.concat([1], [2]), op.concat('a', 'b'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'), op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(5, 9))
d = {'a': 1}
op.setitem(d, 'b', 2); print(op.getitem(d, 'b'), d); op.delitem(d, 'a'); print(d)
l = [1, 2, 3, 4]
print(op.getitem(l, slice(1, 3)))
x = [1]
y = op.iadd(x, [2]); print(x, y is x)
print(op.iadd(1, 2), op.isub(5, 1), op.imul(3, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(2, 3))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iconcat([1], (2,)))
print(op.call(max, 1, 5, 3), op.__add__(1, 1), op.__lt__ is op.lt)
for f, args in [(op.index, (1.5,)), (op.indexOf, ([1], 2)), (op.concat, (1, 2)), (op.add, (1, 'a')), (op.length_hint, ([], 'x'))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Hint:
    def __length_hint__(self):
        return 4
print(op.length_hint(Hint()))
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.neg, [1, -2])), sorted([(1, 'b'), (0, 'a')], key=op.itemgetter(1)))
