# RUN: %difftest %s
# exit: 1
# an exception raised by __exit__
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("close failed")
with CM():
    print("inside")
