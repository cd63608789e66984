# RUN: %difftest %s
# exit: 1
# ExceptionGroup traceback rendering
def task(n):
    if n == 1:
        raise ValueError(f"task {n} failed")
    raise TypeError(f"task {n} wrong")
errors = []
for n in [1, 2]:
    try:
        task(n)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("several tasks failed", errors)
