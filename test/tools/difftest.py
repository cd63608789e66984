#!/usr/bin/env python3
"""Differential test runner: runs one program under CPython and under
`kiln run`, and compares stdout, stderr and the exit status byte for byte.

Usage: difftest.py KILN PROGRAM.py

Headers in the program's first comment lines (all optional):
  # exit: N        CPython's expected exit status (default 0); a program that
                   CPython runs with another status is a broken test
  # args: a b c    command-line arguments (split on blanks)
  # stdin: FILE    a file next to the program fed to stdin (default: empty)

The expectations are CPython's by construction: the reference is run each
time, so a test cannot drift from CPython. Both runs get the same absolute
program path, working directory (the program's folder) and environment.
"""
import os
import subprocess
import sys


def headers(path):
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            for key in ("exit", "args", "stdin"):
                if body.startswith(key + ":"):
                    found[key] = body[len(key) + 1:].strip()
    return found


def run(cmd, prog_dir, stdin_data):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    env.pop("KILNPATH", None)
    try:
        p = subprocess.run(cmd, cwd=prog_dir, input=stdin_data, capture_output=True,
                           env=env, timeout=60)
    except subprocess.TimeoutExpired:
        return None
    return p.stdout, p.stderr, p.returncode


def show(title, data):
    text = data.decode("utf-8", "replace")
    sys.stdout.write(f"--- {title} ---\n{text}")
    if text and not text.endswith("\n"):
        sys.stdout.write("\n")


def main():
    kiln, prog = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    prog_dir = os.path.dirname(prog)
    h = headers(prog)
    args = h.get("args", "").split()
    stdin_data = b""
    if "stdin" in h:
        with open(os.path.join(prog_dir, h["stdin"]), "rb") as f:
            stdin_data = f.read()
    expected_status = int(h.get("exit", "0"))

    ref = run([sys.executable, prog] + args, prog_dir, stdin_data)
    if ref is None:
        print("CPython timed out: broken test")
        return 1
    if ref[2] != expected_status:
        show("CPython stderr", ref[1])
        print(f"CPython exited with {ref[2]}, the test says {expected_status}: broken test")
        return 1
    got = run([kiln, "run", prog] + args, prog_dir, stdin_data)
    if got is None:
        print("kiln run timed out")
        return 1
    ok = True
    for name, want, have in (("stdout", ref[0], got[0]), ("stderr", ref[1], got[1])):
        if want != have:
            ok = False
            show(f"expected {name} (CPython)", want)
            show(f"kiln run {name}", have)
    if ref[2] != got[2]:
        ok = False
        print(f"exit status: CPython {ref[2]}, kiln run {got[2]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
