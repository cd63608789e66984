# RUN: %difftest %s
# if/elif/else with truthiness of various objects, conditional expressions
for v in [0, 1, "", "x", [], [0], None, 0.0]:
    if v:
        r = "truthy"
    elif v is None:
        r = "none"
    elif v == 0:
        r = "zero-ish"
    else:
        r = "empty"
    print(repr(v), r, "yes" if v else "no")
