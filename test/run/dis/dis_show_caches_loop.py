# RUN: %difftest %s
# dis.dis of a loop with a call, shown with and without CACHE entries
import dis
def total(xs):
    s = 0
    for x in xs:
        s += abs(x)
    return s
dis.dis(total)
dis.dis(total, show_caches=True)
