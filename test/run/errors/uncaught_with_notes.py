# RUN: %difftest %s
# exit: 1
# notes added with add_note are printed after the message
try:
    raise TypeError("wrong type")
except TypeError as e:
    e.add_note("while processing item 3")
    e.add_note("hint: use an int")
    raise
