# RUN: %difftest %s
# format mini-language for floats
x = 1234.5678
for spec in ["", "f", ".2f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "e", ".3E", "g", ".3g", "G", ".10g", "%", ".1%",
             ",.2f", "_.3f", "012.2f", "#.0f", ".0f", "#g", "n", "F", "=+15,.2f", "z.1f"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x, spec)), repr(format(0.000012345, spec)))
print(format(float("inf"), "f"), format(float("nan"), "F"), format(-0.0, ".1f"), format(-0.0, "z.1f"), format(1e100, "g"), format(1.5, "10"), format(2.0, ""), format(1e16, ""))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e-10, "g"), format(123456789.0, "g"))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
