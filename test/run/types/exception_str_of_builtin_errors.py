# RUN: %difftest %s
# common builtin exceptions carry specific messages
cases = ["[].pop()", "{}.popitem()", "int('x')", "float('y')", "'abc'.index('z')", "(1, 2).index(3)", "[1][2]", "'s'[5]",
         "{}['m']", "abs(None)", "len(5)", "sum(['a'])", "sum([[1]], [])", "min([])", "max([], default=None)", "divmod(1, 0)"]
for c in cases:
    try:
        r = eval(c)
        print(c, "=", r)
    except Exception as e:
        print(c, "->", type(e).__name__, e)
