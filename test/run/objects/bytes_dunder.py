# RUN: %difftest %s
# __bytes__ used by bytes()
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()))
class Bad:
    def __bytes__(self): return "str"
try:
    bytes(Bad())
except TypeError as e:
    print(type(e).__name__, e)
