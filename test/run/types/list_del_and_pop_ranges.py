# RUN: %difftest %s
# deleting ranges and popping from both ends
l = list(range(10))
del l[2:8:2]
print(l)
del l[::-1][0:0]
print(l.pop(), l.pop(0), l.pop(-2), l)
del l[-2:]
print(l)
l[:] = "xyz"
print(l)
l[1:2] = []
print(l)
