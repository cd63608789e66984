# RUN: %difftest %s
# KeyError: message is the repr of the key
d = {}
for k in ["name", 5, (1, 2), None, "", 1.5, "it's"]:
    try:
        d[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d["x"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
