# RUN: %difftest %s
# dis.get_instructions opnames and dis.code_info of a small function
import dis
def f(x, *, k=1):
    y = x * k
    if y > 2:
        return "big"
    return None
print([i.opname for i in dis.get_instructions(f)])
print([(i.opname, i.argval) for i in dis.get_instructions(f) if i.opname.startswith("LOAD")])
dis.show_code(f)
