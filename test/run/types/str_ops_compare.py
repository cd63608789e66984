# RUN: %difftest %s
# str concatenation, repetition, comparison, membership
print("ab" + "cd", "ab" * 3, 3 * "x", "a" * 0, "a" * -2, "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc", "é" > "z")
print("b" in "abc", "" in "abc", "ac" in "abc", "abc".__contains__("bc"), "x" not in "abc")
for expr in ["'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 1.5", "'a' < 1", "'abc'[1] = 'x'", "None + 'a'", "'a' in 5", "5 in 'a'"]:
    try:
        exec(expr)
    except TypeError as e:
        print(expr, "->", e)
