# RUN: %difftest %s
# IndexError / KeyError / AttributeError messages
class A:
    pass
cases = ["[][0]", "[1, 2][-3]", "()[0]", "'abc'[3]", "b'x'[1]", "bytearray(1)[2]", "range(2)[5]", "{}['x']", "{1: 2}[2]",
         "{}[(1, 'a')]", "set().pop()", "A().missing", "A.missing", "(1).foo", "'x'.foo", "[].foo", "None.foo", "object().x", "type.foo"]
for c in cases:
    try:
        eval(c)
    except (IndexError, KeyError, AttributeError) as e:
        print(f"{c:18} {type(e).__name__}: {e}")
