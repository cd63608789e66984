# RUN: %difftest %s
# __int__, __float__, __complex__, __trunc__-free conversions
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(N()), float(N()), complex(N()))
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
for f in (int, float, complex):
    try:
        f(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
