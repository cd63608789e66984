# RUN: %difftest %s
# None comparisons and errors
print(None == None, None is None, None != 0, None == False, [None] == [None])
n = None
for expr in ["n < 1", "n > n", "n + 1", "len(n)", "n()", "n[0]", "iter(n)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
