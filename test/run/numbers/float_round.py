# RUN: %difftest %s
# round() of floats: half to even, ndigits (positive, negative, huge), errors
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300, -1e300, 1234.5, 1e15 + 0.5,
          4503599627370497.0, 0.49999999999999994]:
    t(lambda: round(v))
    t(lambda: round(v, 0))
    t(lambda: round(v, 2))
    t(lambda: round(v, -2))
for v, n in [(2.675, 2), (1.005, 2), (0.285, 2), (12345.678, -2), (12345.678, -400), (1.5, 400),
             (5e-324, 400), (5e-324, 323), (2.5e-323, 323), (1e308, -308), (-0.0, 1), (-0.4, 0),
             (1e22, -22), (123.456, None), (0.1, 20), (1.23456789e-10, 12), (5.5, -1), (55.0, -1),
             (65.0, -1)]:
    t(lambda: round(v, n))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round(float("nan"), 0))
t(lambda: round(2.5, 1.0))
t(lambda: round(2.5, "1"))
t(lambda: (2.5).__round__())
t(lambda: (2.567).__round__(1))
