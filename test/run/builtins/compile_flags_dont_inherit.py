# RUN: %difftest %s
# compile() with keyword arguments and optimize levels
c = compile(source="x = 1", filename="<kw>", mode="exec", dont_inherit=True)
ns = {}
exec(c, ns)
print(ns["x"], c.co_filename)
c2 = compile("assert False, 'removed'", "<opt>", "exec", optimize=1)
exec(c2)
print("assert stripped with optimize=1")
c3 = compile("assert False, 'kept'", "<opt>", "exec", optimize=0)
try:
    exec(c3)
except AssertionError as e:
    print("AssertionError", e)
