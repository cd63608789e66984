# RUN: %difftest %s
# eval returns values of all kinds of expressions
for src in ["1 + 2 * 3", "'ab' * 2", "[x ** 2 for x in range(4)]", "{'k': (1, 2)}", "lambda: 0", "(1, 2)[::-1]", "not 0", "3 if 0 else 4",
            "{1, 2} | {3}", "b'a' + b'b'", "f'{1 + 1}'", "...", "None", "1 < 2 < 3"]:
    v = eval(src)
    print(repr(src), type(v).__name__, v if not callable(v) else "callable")
