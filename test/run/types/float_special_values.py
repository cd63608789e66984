# RUN: %difftest %s
# inf, nan, negative zero
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, float("-inf"), float("+nan"), float("Infinity"), float("-iNF"), float("nan") != nan)
print(nan == nan, nan < 1, nan > 1, nan != nan, inf == inf, inf - inf, inf * 0, inf > 10 ** 300)
print(-0.0, 0.0 == -0.0, str(-0.0), 1 / inf, -1 / inf)
l = [nan]
print(nan in l, l == [nan], float("nan") in l)
print(max(nan, 1), max(1, nan), min(nan, 2))
print(repr(inf), repr(nan), int(1e300) > 0)
