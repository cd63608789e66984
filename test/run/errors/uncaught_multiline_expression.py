# RUN: %difftest %s
# exit: 1
# an error in an expression spanning several lines
def compute(a, b, c):
    return a * b / c
total = compute(
    1,
    2,
    0,
)
