# RUN: %difftest %s
# add_note and __notes__
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
