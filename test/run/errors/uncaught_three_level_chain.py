# RUN: %difftest %s
# exit: 1
# a chain of three exceptions mixing cause and context
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("second") from e
except ValueError:
    raise RuntimeError("third")
