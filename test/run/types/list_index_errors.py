# RUN: %difftest %s
# list indexing errors
l = [1, 2, 3]
for expr in ["l[3]", "l[-4]", "l['a']", "l[1.0]", "l[None]"]:
    try:
        eval(expr)
    except (IndexError, TypeError) as e:
        print(expr, type(e).__name__, e)
try:
    l[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__, e)
print(l[-3], l[2], l[-1:], l[3:], l[1:100])
