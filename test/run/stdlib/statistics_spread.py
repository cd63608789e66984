# RUN: %difftest %s
# statistics spread: variance/pvariance/stdev/pstdev exactness on int, float, Fraction data (with xbar/mu), quantiles both methods, error messages
import statistics as st
from fractions import Fraction as F
import random

random.seed(3)
datasets = [[1, 2, 3, 4], [1, 2, 3], [2, 4, 4, 4, 5, 5, 7, 9], [0.1, 0.2, 0.3, 0.4], [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
            [1.5, 2, 3], [F(1, 3), F(5, 6), F(7, 4)], [10**18 + 1, 10**18 + 3, 10**18 + 8],
            [1e-300, 3e-300, 2e-300], [1e150, 3e150], [5, 5, 5],
            [random.randrange(1000) for _ in range(50)], [random.gauss(100, 15) for _ in range(60)],
            [random.random() for _ in range(33)]]
for data in datasets:
    for fn in (st.variance, st.pvariance, st.stdev, st.pstdev):
        r = fn(data)
        print(fn.__name__, type(r).__name__, repr(r))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([1.5, 2.5, 3.5], xbar=2.5),
      st.pstdev([F(1, 2), F(3, 2)], F(1)), st.pvariance([7]), st.pstdev([7.5]))
print(st.variance(iter([1, 5, 9])), st.pstdev(x * 0.5 for x in range(10)))
for n in (1, 2, 4, 10):
    for method in ('exclusive', 'inclusive'):
        print(n, method, st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=n, method=method))
print(st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 2, 3], n=5, method='inclusive'), st.quantiles(range(1, 11)))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.pstdev([]),
          lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'),
          lambda: st.variance(['a', 'b'])]:
    attempt(f)
