# RUN: %difftest %s
# format mini-language for integers
n = 1234567
for spec in ["", "d", "10d", "<10d", "^10d", ">10d", "*^11d", "+d", " d", "-d", ",", "_", "_b", "_x", "010d", "#b", "#o", "#x", "#X",
             "b", "o", "x", "X", "c", "e", ".2e", "f", "%", "n", "=+12d", "012,d", ".3g", "G"]:
    print(repr(spec), repr(format(n if spec != "c" else 65, spec)), repr(format(-42, spec)) if spec != "c" else "")
for bad in [".2d", "s", "z", ",c", "=s"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
