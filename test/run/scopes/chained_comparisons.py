# RUN: %difftest %s
# chained comparisons evaluate middle operands once and short-circuit
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x, y = 5, 5.0
print(1 < 2 > 0 == 0 != 1, x == y is not None, "a" < "b" <= "b" in "abc")
print(0 < x <= 5, 0 < x < 5, 1 in [1] in [[1]])
