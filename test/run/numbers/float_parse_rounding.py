# RUN: %difftest %s
# float() and complex() of decimal text: rounding, overflow to inf, underflow, subnormals, signs, underscores, non-ASCII digits, errors
cases = ["12.25", "+1.5", "-0.0", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324",
         "1.7976931348623157e308", "1.7976931348623159e308", "0.1", "  3.14  ", "1_000.5", "1e1_0",
         "inf", "-Infinity", "nan", "1.", ".5", "5e", "0x10", "", "1e+5", "123456789012345678901234567890",
         "0.30000000000000004", "2.2250738585072011e-308", "9007199254740993", "\u0661.\u0662"]
for c in cases:
    try:
        print(repr(c), repr(float(c)))
    except ValueError as e:
        print(repr(c), "ValueError", e)
print(complex("1.5+2.25j"), complex("1e400j"), complex("-0.1-1e-400j"))
