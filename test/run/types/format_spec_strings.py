# RUN: %difftest %s
# format mini-language for strings
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.3", "-^7"]:
    print(repr(spec), repr(format("hello", spec)))
for bad in ["d", "+", "=10", "#", ",", "010"]:
    try:
        print(repr(format("x", bad)))
    except ValueError as e:
        print(type(e).__name__, e)
