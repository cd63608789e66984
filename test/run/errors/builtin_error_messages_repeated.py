# RUN: %difftest %s
# Built-in errors raised over and over keep their messages (constant ones
# and formatted ones), and each raise is a new exception object.
lst = [1, 2, 3]
d = {}
seen = []
for i in range(3, 8):
    for thunk in (lambda: lst[i], lambda: 10 // (i - i), lambda: d[i],
                  lambda: "abc".index("z"), lambda: int("x%d" % i), lambda: (1,)[i]):
        try:
            thunk()
        except Exception as e:
            seen.append(e)
            print(type(e).__name__, e.args)
print(len({id(e) for e in seen}) == len(seen))
print(seen[0].args == seen[6].args, seen[0] is seen[6])
e = seen[0]
e.args = ("changed",)
try:
    lst[10]
except IndexError as again:
    print(again, e)
