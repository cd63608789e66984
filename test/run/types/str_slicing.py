# RUN: %difftest %s
# slicing with steps, negative indices, out of range
s = "abcdefghij"
print(s[2:5], s[-3:], s[:-3], s[::2], s[::-1], s[8:2:-2], s[100:], s[-100:3], s[5:2], s[::-3], s[1:-1:3])
print(s[0], s[-1], s[slice(1, 4)], s[slice(None, None, -4)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["x"]
except TypeError as e:
    print(type(e).__name__, e)
