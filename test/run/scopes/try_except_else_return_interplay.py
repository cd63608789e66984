# RUN: %difftest %s
# return values through except/else/finally combinations
def f(exc):
    try:
        if exc:
            raise exc
        return "try"
    except ValueError:
        return "except"
    else:
        return "else (never reached because try returned)"
    finally:
        print("finally for", exc.__name__ if exc else None)
print(f(None), f(ValueError))
def g():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
print(g())
