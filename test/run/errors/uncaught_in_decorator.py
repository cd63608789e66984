# RUN: %difftest %s
# exit: 1
# error raised by a decorator wrapper
def validate(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError("negative input")
        return fn(x)
    return wrapper
@validate
def root(x):
    return x ** 0.5
print(root(4))
print(root(-1))
