"""Basic statistics (Kiln's `statistics`, written in Python).

Averages, medians, modes, spread and quantiles with CPython 3.11's results
and messages. As in CPython, sums are taken exactly (with Fraction) and
converted back to the type of the data at the end, so int and float data
give bit-identical answers; stdev/pstdev are the correctly rounded square
roots of the exact variances.
"""

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
           'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']

import math as _math
from fractions import Fraction
from collections import Counter as _Counter


class StatisticsError(ValueError):
    pass


# --- exact sums ---------------------------------------------------------------------------

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or
    NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to "
                        f"numerator/denominator") from None


def _coerce(T, S):
    """The type a result mixing types T and S is converted to."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _exact_sum(data):
    """(result type, exact total, count). The total is a Fraction, or a
    float when the data holds an infinity or NaN."""
    count = 0
    types = set()
    by_denominator = {}      # denominator -> sum of numerators over it
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = Fraction(0)
        for d, n in by_denominator.items():
            total += Fraction(n, d)
    return _result_type(types), total, count


def _sum_of_squares(data, c=None):
    """(result type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, total, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    count = 0
    types = set()
    sums = {}
    squares = {}
    for x in data:
        types.add(type(x))
        n, d = _ratio(x)
        count += 1
        sums[d] = sums.get(d, 0) + n
        squares[d] = squares.get(d, 0) + n * n
    T = _result_type(types)
    if not count:
        return T, Fraction(0), Fraction(0), 0
    if None in sums:
        special = sums[None]
        return T, special, special, count
    sx = Fraction(0)
    for d, n in sums.items():
        sx += Fraction(n, d)
    sxx = Fraction(0)
    for d, n in squares.items():
        sxx += Fraction(n, d * d)
    ssd = (count * sxx - sx * sx) / count
    return T, ssd, sx / count, count


def _convert(value, T):
    """value (usually a Fraction) converted to the data's type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    return T(value)


def _sqrt_ratio(n, m):
    """The square root of n/m (n >= 0, m > 0) as a correctly rounded float."""
    if n == 0:
        return 0.0
    # Scale by 4**k so the integer square root carries at least 56 bits,
    # then mark any inexactness in the lowest bit (round to odd): the final
    # int-to-float division then rounds exactly once, correctly.
    k = (2 * 58 - (n.bit_length() - m.bit_length())) // 2
    if k >= 0:
        num, den = n << (2 * k), m
    else:
        num, den = n, m << (-2 * k)
    root = _math.isqrt(num // den)
    if root * root * den != num:
        root |= 1
    if k >= 0:
        return root / (1 << k)
    return float(root << -k)


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# --- averages -----------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, computed exactly and returned in the
    data's type."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (optionally weighted)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _math.fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return _math.exp(fmean([_math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (optionally weighted)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _exact_sum(_fail_neg(weights, errmsg))[1]
    try:
        T, total, count = _exact_sum(w / x if w else 0
                                     for w, x in zip(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2 == 1:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The low median of data: always a member of the data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median of data: always a member of the data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (50th percentile)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = 0
    while data[first] != x:
        first += 1
    last = n - 1
    while data[last] != x:
        last -= 1
    return lower + interval * (n / 2 - first) / (last - first + 1)


def mode(data):
    """The most common value of data (the first one seen on a tie)."""
    pairs = _Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """The most common values of data, in the order first seen."""
    counts = _Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n - 1 cut points dividing data into n intervals of equal
    probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# --- spread -------------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (at least two values)."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(mss):
    if isinstance(mss, float):
        return _math.sqrt(mss)
    return _sqrt_ratio(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation of data."""
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(ss / n)
