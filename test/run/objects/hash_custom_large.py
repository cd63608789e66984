# RUN: %difftest %s
# __hash__ results are reduced; -1 becomes -2; non-int hash is an error
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(H(-1)), hash(H(10)), hash(H(2**61 - 1)), hash(H(2**64)), hash(H(-2**70)))
try:
    hash(H(1.5))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(H(True)))
