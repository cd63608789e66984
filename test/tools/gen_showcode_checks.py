#!/usr/bin/env python3
"""Generate the FileCheck lines of a `kiln show-code` test from CPython's
dis.show_code (via show_code_all.py's layout).

usage: gen_showcode_checks.py [-i] FILE

One CHECK-LABEL per code object (its `Name:` line), CHECK-NEXT for every
other line, spaces included (run FileCheck with --strict-whitespace). Not compared exactly: the stack size (Kiln's may differ), the
file name and code object addresses (regex). With -i, FILE's `# CHECK`
lines are replaced by the new ones, appended at the end of the file.
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODE_RE = re.compile(r"<code object (\S+) at 0x[0-9a-f]+, file \"[^\"]*\", "
                     r"line (\d+)>")


def checks(path):
    text = subprocess.run(
        [sys.executable, os.path.join(HERE, "show_code_all.py"), path],
        check=True, capture_output=True, text=True).stdout
    out = []
    for line in text.splitlines():
        if line.startswith("Name:"):
            if out and out[-1] == "# CHECK-EMPTY:":
                out.pop()
            out.append("# CHECK-LABEL: {{^}}" + line + "{{$}}")
        elif not line.strip():
            out.append("# CHECK-EMPTY:")
        elif line.startswith("Filename:"):
            out.append("# CHECK-NEXT: {{^}}Filename:          {{.+}}")
        elif line.startswith("Stack size:"):
            out.append("# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}")
        else:
            line = CODE_RE.sub(
                lambda m: '<code object %s at 0x{{[0-9a-f]+}}, file '
                          '"{{[^"]*}}", line %s>' % m.groups(), line)
            out.append("# CHECK-NEXT: {{^}}" + line + "{{$}}")
    return out


def main(argv):
    in_place = "-i" in argv
    args = [a for a in argv if a != "-i"]
    if len(args) != 1:
        sys.exit(__doc__.strip())
    path = args[0]
    lines = checks(path)
    if not in_place:
        sys.stdout.write("\n".join(lines) + "\n")
        return
    with open(path, encoding="utf-8") as f:
        kept = [l for l in f.read().splitlines()
                if not l.startswith("# CHECK")]
    while kept and not kept[-1].strip():
        kept.pop()
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept + [""] + lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
