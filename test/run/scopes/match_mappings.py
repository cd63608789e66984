# RUN: %difftest %s
# match: mapping patterns with **rest
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", **rest}:
            return ("circle", rest)
        case {}:
            return "some mapping"
        case _:
            return "no"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {"other": 1}, {}, [("type", "point")]]:
    print(m(v))
