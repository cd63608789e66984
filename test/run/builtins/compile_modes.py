# RUN: %difftest %s
# compile() in exec, eval and single modes
code = compile("x = 5\ny = x * 2", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename, code.co_name)
e = compile("3 + 4 * 2", "<expr>", "eval")
print(eval(e), e.co_name)
s = compile("1 + 1", "<single>", "single")
exec(s)
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("a = 1\nb = 2", "single")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
