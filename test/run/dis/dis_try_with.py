# RUN: %difftest %s
# dis.dis of try/except/finally and with blocks (exception table, jump targets)
import dis
def f(x, path):
    try:
        y = g(x)
    except (ValueError, TypeError) as e:
        y = None
    except KeyError:
        raise
    else:
        y += 1
    finally:
        print("done")
    with open(path) as fh:
        data = fh.read()
    return y, data
dis.dis(f)
