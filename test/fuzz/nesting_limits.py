#!/usr/bin/env python3
"""Where deep nesting breaks: kiln's first crashing depth vs CPython's limit.

usage: nesting_limits.py KILN [--max N] [--timeout T] [CONSTRUCT ...]

For each construct (unary minus, `not`, lambda, `**`, conditional
expression, attribute/call/subscript chains, left-nested `+`, elif chains,
...) bisects the nesting depth in [1, N] (default 100000) for:

- kiln: the smallest depth at which any of `show-code --json`, `ast
  --attributes` or `dis` dies by a signal, reports a sanitizer error or times
  out (assumes crashing is monotone in the depth); if it never does, the
  smallest depth `show-code` refuses, with its message;
- CPython: the smallest depth that `python3 FILE` refuses, with its last
  stderr line (python3 is stopped before running the file; see README.md).

Both also give the message at the largest depth when it differs.

Prints one line per construct. kiln's numbers depend on the stack size
(`ulimit -s`, printed first) and on the build (ASan frames are larger).
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import robustness as rb  # noqa: E402

CONSTRUCTS = {
    "unary-minus": lambda n: b"x = " + b"-" * n + b"1\n",
    "not": lambda n: b"x = " + b"not " * n + b"y\n",
    "lambda": lambda n: b"f = " + b"lambda: " * n + b"0\n",
    "power-right": lambda n: b"x = " + b"**".join([b"2"] * n) + b"\n",
    "ifexp": lambda n: b"x = " + b"a if b else " * n + b"c\n",
    "attr-chain": lambda n: b"x = a" + b".b" * n + b"\n",
    "call-chain": lambda n: b"x = f" + b"()" * n + b"\n",
    "subscript-chain": lambda n: b"x = a" + b"[0]" * n + b"\n",
    "binop-left": lambda n: b"x = " + b"+".join([b"1"] * n) + b"\n",
    "binop-left-names": lambda n: b"x = " + b"+".join([b"a"] * n) + b"\n",
    "string-mod-chain": lambda n: b"x = 'a'" + b" % a" * n + b"\n",
    "elif": lambda n: b"if x: pass\n" + b"elif x: pass\n" * n,
    "compare-chain": lambda n: b"x = " + b" < ".join([b"a"] * n) + b"\n",
    "and-chain": lambda n: b"x = " + b" and ".join([b"a"] * n) + b"\n",
    "or-of-ands": lambda n: b"x = " + b" or ".join([b"a and b"] * n) + b"\n",
    "await": lambda n: b"async def f():\n return " + b"await " * n + b"x\n",
    "star-tilde": lambda n: b"x = " + b"~" * n + b"x\n",
    "decorators": lambda n: b"@d\n" * n + b"def f(): pass\n",
    "lambda-defaults": lambda n: b"f = " + b"lambda a=" * n + b"0" +
                                 b": 0" * n + b"\n",
    "genexp-in-call": lambda n: b"x = " + b"f(a for a in " * min(n, 199) +
                                b"b" + b")" * min(n, 199) + b"\n",
}


def kiln_crashes(argv, env, path, timeout):
    for label, sub in rb.COMMANDS:
        rc, stderr, _ = rb.run_kiln(argv + sub, path, timeout, env)
        why = rb.judge(rc, stderr, timeout)
        if why and not why.startswith("exit 1 without"):
            return "%s: %s" % (label, why)
    return None


def kiln_refuses(argv, env, path, timeout):
    """kiln's last stderr line if `show-code` exits 1 cleanly, else None."""
    rc, stderr, _ = rb.run_kiln(argv + rb.COMMANDS[0][1], path, timeout, env)
    if rc == 1 and rb.judge(rc, stderr, timeout) is None:
        return rb.last_line(stderr)
    return None


def cpython_refuses(path, timeout):
    ans = rb.cpython_answer(path, timeout)
    return None if ans == "compiles" else ans


def bisect(pred, hi):
    """Smallest n in [1, hi] with pred(n) true (None if pred(hi) is false);
    returns (n, pred(n))."""
    top = pred(hi)
    if not top:
        return None, None
    lo, best = 0, (hi, top)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        r = pred(mid)
        if r:
            hi, best = mid, (mid, r)
        else:
            lo = mid
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("kiln")
    ap.add_argument("constructs", nargs="*")
    ap.add_argument("--max", type=int, default=100000)
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_intermixed_args()
    argv = rb.kiln_argv(args.kiln)
    env = rb.kiln_env()
    soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
    print("stack limit: %s" % ("unlimited" if soft < 0 else
                               "%d KiB" % (soft // 1024)))
    tmp = tempfile.mkdtemp(prefix="kiln-nesting-")
    path = os.path.join(tmp, "deep.py")
    for name in args.constructs or CONSTRUCTS:
        make = CONSTRUCTS[name]

        def write(n):
            with open(path, "wb") as f:
                f.write(make(n))

        def kiln_pred(n):
            write(n)
            return kiln_crashes(argv, env, path, args.timeout)

        def kiln_ref(n):
            write(n)
            return kiln_refuses(argv, env, path, args.timeout)

        def cpy_pred(n):
            write(n)
            return cpython_refuses(path, args.timeout)

        def refusal(n, why, top):
            if n is None:
                return "accepts up to %d" % args.max
            text = "refuses from %d (%s)" % (n, why)
            if top != why:
                text += ", at %d: %s" % (args.max, top)
            return text

        k_n, k_why = bisect(kiln_pred, args.max)
        if k_n is None:
            r_n, r_why = bisect(kiln_ref, args.max)
            kiln_text = refusal(r_n, r_why, kiln_ref(args.max))
        else:
            kiln_text = "CRASHES from %d (%s)" % (k_n, k_why)
        c_n, c_why = bisect(cpy_pred, args.max)
        print("%-17s kiln: %s | CPython: %s" % (
            name, kiln_text, refusal(c_n, c_why, cpy_pred(args.max))),
            flush=True)
    os.unlink(path) if os.path.exists(path) else None
    os.rmdir(tmp)


if __name__ == "__main__":
    main()
