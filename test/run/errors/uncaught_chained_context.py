# RUN: %difftest %s
# exit: 1
# an exception raised while handling another shows both
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s)
parse("abc")
