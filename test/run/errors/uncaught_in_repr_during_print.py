# RUN: %difftest %s
# exit: 1
# an exception raised by __repr__ while printing
class Bad:
    def __repr__(self):
        raise RuntimeError("repr failed")
print("start")
print([1, Bad()])
