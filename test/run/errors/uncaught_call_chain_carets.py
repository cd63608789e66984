# RUN: %difftest %s
# exit: 1
# carets for a call in a longer expression
def get(x):
    return None
result = [1, 2] + get(1).value
