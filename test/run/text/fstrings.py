# RUN: %difftest %s
# f-strings: conversions, nested specs, debugging =, escapes
x, name, pi = 42, "kiln", 3.14159
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{x:>5}", f"{x:<5}|", f"{x:^7}", f"{x:05}", f"{pi:.2f}", f"{pi:10.3f}|")
print(f"{{}}", f"{{{x}}}", f"a{x}b{name}c", f"{x + 1}", f"{name.upper()}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{x=}", f"{name=}", f"{x = }", f"{pi=:.1f}", f"{name=!s}", f"{x*2=}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}}|", f"{name:>{width}}|", f"{name:{'^'}{width}}|")
print(f"{'nested ' + f'{x}'}", f"{3:{'>'}5}", f"{x:#x}", f"{x:b}", f"{x:,}", f"{1234567:_}")
class C:
    def __format__(self, spec):
        return "C[" + spec + "]"
    def __repr__(self):
        return "C()"
print(f"{C()}", f"{C():xyz}", f"{C()!r}", f"{C()!r:>6}")
