# RUN: %difftest %s
# statistics averages: mean/fmean/median*/mode/multimode/harmonic_mean/geometric_mean on int, float, Fraction and mixed data, result types, error messages
import statistics as st
from fractions import Fraction as F
import random

random.seed(11)
ints = [random.randrange(-1000, 1000) for _ in range(37)]
floats = [random.uniform(-50, 50) for _ in range(41)]
datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [0.1, 0.2, 0.3], [1, 2.5], ints, floats,
            [F(1, 3), F(2, 7), F(5, 6)], [F(1, 2), 0.25], [True, False, True], [1e308, 1e307, -1e308],
            [10**20, 1, 10**20 + 3], [0.1] * 10, [7]]
for data in datasets:
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high):
        r = fn(data)
        print(fn.__name__, type(r).__name__, repr(r))
print(st.mean(iter([1, 2, 3, 4, 5])), st.fmean(x for x in [1.5, 2.5]), st.mean(range(101)))
print(st.mean([float('inf'), 1.0]), st.mean([1.0, float('nan')]), st.fmean([3, 4], weights=[1, 3]))
print(st.mode([1, 1, 2, 3, 3, 3, 2]), st.mode(['a', 'b', 'b', 'a']), st.mode('abracadabra'), st.mode([2.5]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([1, 2, 3]))
for data in ([40, 60], [2.5, 3, 10], [1, 2, 4], [F(1, 2), F(1, 3)], [5], [0, 5], [0.5, 0.25, 0.125], ints[:1] and [abs(x) + 1 for x in ints]):
    r = st.harmonic_mean(data)
    print('hm', type(r).__name__, repr(r))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3], [1, 2]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 3.5]), st.geometric_mean([2, 8]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median([3, 1, 2, 5]), st.median(['b', 'a', 'c']), st.median_low([3, 1, 2, 5]), st.median_high([3, 1, 2, 5]))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.median([]), lambda: st.median_low([]),
          lambda: st.median_high([]), lambda: st.mode([]), lambda: st.harmonic_mean([]),
          lambda: st.harmonic_mean([1, -2]), lambda: st.harmonic_mean([-3]), lambda: st.harmonic_mean([2, 0]),
          lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.mean(['a', 'b']),
          lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[0, 0]),
          lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.median_grouped([]),
          lambda: st.mean([F(1, 2), 1.5, 2])]:
    attempt(f)
print(issubclass(st.StatisticsError, ValueError))
