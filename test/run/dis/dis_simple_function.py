# RUN: %difftest %s
# dis.dis of a tiny function (exact 3.11 bytecode listing)
import dis
def add(a, b):
    return a + b
dis.dis(add)
