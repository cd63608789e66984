# RUN: %difftest %s
# dis.distb and Bytecode.from_traceback mark the failing instruction with -->
import dis, sys
def boom(x):
    y = x + 1
    return y / 0
def run(f, *args):
    try:
        f(*args)
    except Exception:
        return sys.exc_info()[2].tb_next
def outer():
    return boom(2)
tb = run(outer)
dis.distb(tb)
dis.distb(tb.tb_next)
bc = dis.Bytecode.from_traceback(tb)
print(bc.current_offset, bc.codeobj.co_name)
print(bc.dis())
tb = run(len, 5)
print(tb)
def calls_len():
    return len(5)
tb = run(calls_len)
dis.distb(tb)
