# RUN: %difftest %s
# Fractions with other modules: dict/set keys equal to ints and floats, sorting mixed numbers, statistics on Fractions, json via default=, string forms
from fractions import Fraction
import json
import statistics

d = {1: 'int', 0.5: 'float', Fraction(3, 4): 'frac'}
d[Fraction(1)] = 'frac one'
d[Fraction(1, 2)] = 'frac half'
print(d)
print({Fraction(2, 4), 0.5, Fraction(1, 2), 1, Fraction(2, 2), 1.0})
nums = [Fraction(7, 3), 2, 2.25, Fraction(-1, 8), -0.125, Fraction(9, 4), 0]
print(sorted(nums), min(nums), max(nums), sum(nums), sum(nums[:2]))
fr = [Fraction(1, 2), Fraction(3, 4), Fraction(5, 6), Fraction(7, 8)]
for fn in (statistics.mean, statistics.median, statistics.variance, statistics.pvariance, statistics.harmonic_mean):
    print(fn.__name__, repr(fn(fr)))
print(statistics.stdev(fr), statistics.pstdev(fr), statistics.fmean(fr), statistics.quantiles(fr, n=3))
print(json.dumps({'x': Fraction(1, 3), 'y': [Fraction(4, 2)]}, default=str))
print(json.dumps([Fraction(1, 3)], default=float))
print(json.loads('[0.1, 2.50]', parse_float=Fraction))
for s in ['3/4', '-0.125', '1e-3', '  22/7\n', '314159e-5', '0.000', '-7']:
    f = Fraction(s)
    print(s.strip(), '->', f, repr(f), float(f), f.limit_denominator(10))
print(Fraction(10**25, 3) // 7, Fraction(1, 3) * 3 == 1, Fraction(5, 10) is not Fraction(1, 2))
