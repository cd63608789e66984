#!/usr/bin/env python3
"""How often `kiln dis` equals CPython's dis.dis over CPython's library,
after removing what cannot match (offsets, jump arguments, EXTENDED_ARG
prefixes that exist only because CPython's offsets are larger, code object
addresses). Not a CI test: a measure of how close Kiln's code generation is
to CPython's, instruction by instruction.

usage: dis_conformance.py KILN [--step N] [--write-failures OUT]
"""
import argparse
import contextlib
import dis
import io
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dis_diff  # noqa: E402
from conformance_common import library_files  # noqa: E402


def normalize(text):
    return [l for l in dis_diff.normalize(text) if "EXTENDED_ARG" not in l]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kiln")
    ap.add_argument("--step", type=int, default=1, help="check every N-th file")
    ap.add_argument("--write-failures")
    args = ap.parse_args()
    same = differ = 0
    bad = []
    for path in library_files()[:: args.step]:
        src = open(path, "rb").read()
        try:
            code = compile(src, path, "exec")
        except Exception:
            continue
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            dis.dis(code)
        r = subprocess.run([args.kiln, "dis", path], capture_output=True, text=True)
        if normalize(buf.getvalue()) == normalize(r.stdout):
            same += 1
        else:
            differ += 1
            bad.append(path)
    if args.write_failures:
        with open(args.write_failures, "w") as f:
            f.write("\n".join(bad) + "\n")
    print(f"dis: {same} identical, {differ} different (of {same + differ})")


if __name__ == "__main__":
    main()
