# RUN: %difftest %s
# common TypeError messages, caught
i, s, n = 5, "s", None
cases = ["i()", "s()", "i[0]", "len[0]", "n[1]", "iter(5)", "list(5)", "for _ in 5: pass", "-'a'", "+None", "~[]",
         "'a' + 1", "'a' + None", "[1] + 'a'", "(1,) + [1]", "'a' * 1.5", "[1] * [1]", "1 < 'a'", "[] > ()", "None < None",
         "{} + {}", "b'a' + 'a'", "1 + []", "'%d' % 'x'", "int.append", "del (1).real", "abs()", "hash([])"]
for c in cases:
    try:
        exec(c)
    except (TypeError, AttributeError) as e:
        print(f"{c!r:25} {type(e).__name__}: {e}")
