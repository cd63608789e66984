# RUN: %difftest %s
# try/except/else/finally ordering
def flow(exc):
    log = []
    try:
        log.append("try")
        if exc:
            raise exc
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(flow(None), flow(ValueError()))
try:
    flow(KeyError())
except KeyError:
    print("KeyError escaped after finally")
