# RUN: %difftest %s
# jumps over long bodies: CPython's offsets (with caches) need EXTENDED_ARG where Kiln's do not
import dis
src = "def big(x):\n    while x:\n" + "".join(f"        x = x.a{i}(x[{i}])\n" for i in range(12)) + "    return x\n"
ns = {}
exec(compile(src, "<big>", "exec"), ns)
dis.dis(ns["big"])
src2 = "def big2(x):\n    if x:\n" + "".join(f"        x = x + g{i}(x)\n" for i in range(30)) + "    return x\n"
exec(compile(src2, "<big2>", "exec"), ns)
dis.dis(ns["big2"])
