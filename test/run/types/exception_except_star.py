# RUN: %difftest %s
# except* handles matching parts of a group
try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as g:
    print("ValueErrors:", repr(g))
except* TypeError as g:
    print("TypeErrors:", repr(g))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("wrapped:", repr(g), repr(g.exceptions[0]))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
