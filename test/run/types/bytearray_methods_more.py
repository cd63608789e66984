# RUN: %difftest %s
# bytearray methods returning bytearray, in-place operations
ba = bytearray(b"Hello World")
print(ba.upper(), ba.split(), ba.replace(b"o", b"0"), ba.find(b"W"), type(ba.strip()).__name__, ba.count(b"l"))
ba *= 2
print(len(ba))
ba[:] = b"abc"
ba.remove(98)
print(ba, ba.index(99))
try:
    ba.remove(120)
except ValueError as e:
    print(type(e).__name__, e)
ba.clear()
print(ba, ba.copy() == ba)
