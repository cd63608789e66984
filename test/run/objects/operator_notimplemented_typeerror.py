# RUN: %difftest %s
# both sides NotImplemented -> TypeError with the operator symbol
class A:
    def __add__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return NotImplemented
for expr in ["A() + B()", "A() - B()", "A() * 2", "2 ** A()", "A() @ A()", "A() < B()",
             "A() >= 1", "A() & 'x'", "divmod(A(), 1)", "A() << 1", "-A()", "~A()", "+A()", "abs(A())"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
