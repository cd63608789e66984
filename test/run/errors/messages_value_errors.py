# RUN: %difftest %s
# ValueError messages from builtins
cases = ["int('1.5')", "float('x1')", "[1].index(5)", "'abc'.index('d')", "list.remove([], 1)", "chr(-5)", "range(0, 1, 0)",
         "bytes([999])", "'a'.center(3, '')", "int('9', 8)", "complex('1+')", "max([])", "divmod(1, 2.0) and 'x'.split('')",
         "(1, 2).index(7)", "'{0}{}'.format(1, 2)", "bytes.fromhex('0g')", "'x'.encode('nope')"]
for c in cases:
    try:
        eval(c)
    except (ValueError, TypeError, LookupError) as e:
        print(f"{c:35} {type(e).__name__}: {e}")
