#!/usr/bin/env python3
"""Differential test runner: runs one program under CPython, under
`kiln run`, and as an executable built by `kiln build`, and compares stdout,
stderr and the exit status of each with CPython's byte for byte.

Usage: difftest.py KILN PROGRAM.py

KILN_DIFFTEST_MODES=run or =build limits the comparison to one mode (for
development; lit runs both). The built executable runs with KILN_STATS=1
and must report that none of the program's code objects ran in the
interpreter; that line is removed from its stderr before comparing. It gets
the program's path as argv[0], as CPython's sys.argv[0]. When `kiln build`
refuses the program (a syntax error in the script), its report and status
must be CPython's.

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
import re
import subprocess
import sys
import tempfile

STATS = re.compile(rb"kiln-stats: interpreted code objects: program (\d+), "
                   rb"runtime \d+, exec/eval \d+\n")


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


def run(cmd, prog_dir, stdin_data, executable=None, extra_env=None):
    env = dict(os.environ)
    env.update(extra_env or {})
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    env.pop("KILNPATH", None)
    try:
        p = subprocess.run(cmd, cwd=prog_dir, input=stdin_data, capture_output=True,
                           env=env, timeout=60, executable=executable)
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
    modes = os.environ.get("KILN_DIFFTEST_MODES", "run,build").split(",")
    ok = True
    if "run" in modes:
        got = run([kiln, "run", prog] + args, prog_dir, stdin_data)
        ok = compare("kiln run", ref, got) and ok
    if "build" in modes:
        ok = compare_built(kiln, prog, prog_dir, args, stdin_data, ref) and ok
    return 0 if ok else 1


def compare(mode, ref, got):
    if got is None:
        print(f"{mode} timed out")
        return False
    ok = True
    for name, want, have in (("stdout", ref[0], got[0]), ("stderr", ref[1], got[1])):
        if want != have:
            ok = False
            show(f"expected {name} (CPython)", want)
            show(f"{mode} {name}", have)
    if ref[2] != got[2]:
        ok = False
        print(f"exit status: CPython {ref[2]}, {mode} {got[2]}")
    return ok


def compare_built(kiln, prog, prog_dir, args, stdin_data, ref):
    with tempfile.TemporaryDirectory(prefix="kiln-difftest-") as tmp:
        exe = os.path.join(tmp, "prog")
        built = run([kiln, "build", prog, "-o", exe], prog_dir, b"")
        if built is None:
            print("kiln build timed out")
            return False
        if built[2] != 0:
            # Only a program CPython rejects as a whole may fail to build.
            if built[2] == ref[2] and built[1] == ref[1] and not ref[0]:
                return True
            show("kiln build stderr", built[1])
            print(f"kiln build failed with status {built[2]}")
            return False
        got = run([prog] + args, prog_dir, stdin_data, executable=exe,
                  extra_env={"KILN_STATS": "1"})
    if got is None:
        print("built executable timed out")
        return False
    out, err, status = got
    stats = STATS.search(err)
    ok = True
    if not stats:
        ok = False
        print("built executable: no KILN_STATS report")
    else:
        err = err[:stats.start()] + err[stats.end():]
        if int(stats.group(1)) != 0:
            ok = False
            print(f"built executable: {int(stats.group(1))} program code objects interpreted")
    return compare("built executable", ref, (out, err, status)) and ok


if __name__ == "__main__":
    sys.exit(main())
