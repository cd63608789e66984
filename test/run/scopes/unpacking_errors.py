# RUN: %difftest %s
# unpacking error messages
for src in ["a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, b = 1", "a, = []", "a, b = 'xyz'", "a, b = {1: 2}", "(a, b), c = [1, 2], 3",
            "a, *b, c, d = [1, 2]", "a, b = iter([1])"]:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
