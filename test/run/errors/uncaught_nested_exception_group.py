# RUN: %difftest %s
# exit: 1
# nested exception groups with notes and a chained sub-exception
inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "gone")])
try:
    raise ValueError("root cause")
except ValueError as e:
    chained = RuntimeError("chained")
    chained.__cause__ = e
eg = ExceptionGroup("outer", [inner, chained, ZeroDivisionError("zd")])
eg.add_note("outer note")
raise eg
