# RUN: %difftest %s
# exit: 1
# re-raising an exception that is already in the context chain does not loop
try:
    raise KeyError("a")
except KeyError as first:
    try:
        raise ValueError("b")
    except ValueError as second:
        raise first
