# RUN: %difftest %s
# dis output goes through sys.stdout (interleaved with print, redirectable) or the file= argument
import dis, io, sys
def f(x):
    return -x
print("before")
dis.dis(f)
print("between")
dis.dis("x.y = 1", file=sys.stderr)
buf = io.StringIO()
dis.dis(f, file=buf)
dis.show_code(f, file=buf)
print(buf.getvalue().count("\n"), repr(buf.getvalue().splitlines()[2]))
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old, sys.stdout = sys.stdout, cap
dis.dis(f)
print("inside")
sys.stdout = old
print(len(cap.parts) > 0, "".join(cap.parts).splitlines()[-1])
print(dis.Bytecode(f).dis().splitlines())
print(repr(dis.Bytecode(f)).startswith("Bytecode(<function f at"))
for i in dis.Bytecode("a if b else c", first_line=10):
    print(i.opname, i.starts_line, i.is_jump_target, i.argval)
print("after")
