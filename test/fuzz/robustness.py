#!/usr/bin/env python3
"""Robustness check: the front end must never crash, hang or trip a sanitizer.

usage: robustness.py KILN [--sample N] [--mutants M] [--mutant-files K]
                     [--seed S] [--timeout T] [--jobs J] [--no-library]
                     [--no-synthetic] [--max-added BYTES] [--cpython]
                     [--failures-dir DIR] [--progress] [FILE ...]

Inputs, each run as `KILN show-code --json F`, `KILN ast --attributes F` and
`KILN dis F`:

- library: every .py file of CPython's library (the stdlib folder that
  sysconfig reports, test/ included, site-packages and __pycache__ left out),
  sorted; --sample N keeps N evenly spread files of that list; FILE ...
  replaces the list;
- synthetic: a fixed catalogue of hostile inputs (deep nesting at and beyond
  CPython's limits, 100k-element displays, 10 MB lines, NUL bytes, bad UTF-8,
  surrogates, huge literals, bad \\N{...} names, coding cookies, ...);
- mutants: K files (default 200, at most the library selection) picked with
  random.Random(S) from the selection, M mutants of each (default 20),
  derived deterministically from (S, file, index): truncations (also inside a
  UTF-8 sequence), bit flips, random byte insertions/deletions, inserted
  brackets/quotes/indentation/backslashes/keywords, duplicated/swapped/deleted
  lines, and inserted snippets from the catalogue (deep nesting etc.).
  --max-added B skips synthetic inputs over B bytes and mutants more than B
  bytes longer than their file (for quick runs).

A run (input x command) fails if kiln dies by a signal, exits with anything
but 0 or 1, prints "AddressSanitizer", "LeakSanitizer" or "runtime error:"
on stderr, exits 1 without a one-line `SomethingError: ...` message as the
last stderr line, or does not finish within T seconds (default 60).

Each failing input is saved in DIR (default /tmp/kiln-fuzz-failures) as
NAME.py with NAME.txt beside it (command, outcome, stderr head, CPython's
answer). Prints one `FAIL` line per failing run and last the summary
`robustness: P passed, F failed (of N)` (N counts runs); exits 1 on failure.
--cpython also prints, per synthetic input, kiln's and CPython's last line.

ASAN_OPTIONS defaults to detect_leaks=0 (the front end frees arenas
wholesale at exit) plus a 8 GB RSS cap; set ASAN_OPTIONS to override.
"""

import argparse
import atexit
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time

sys.dont_write_bytecode = True

COMMANDS = [
    ("show-code", ["show-code", "--json"]),
    ("ast", ["ast", "--attributes"]),
    ("dis", ["dis"]),
]
SANITIZER_MARKS = (b"AddressSanitizer", b"LeakSanitizer", b"runtime error:",
                   b"ThreadSanitizer", b"MemorySanitizer")
ERROR_LINE = re.compile(r"^[A-Z][A-Za-z0-9_]*(Error|Exception)(: .*)?$")


# ---------------------------------------------------------------- inputs

def stdlib_files():
    root = os.path.abspath(sysconfig.get_paths()["stdlib"])
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        if dirpath == root:
            dirnames[:] = [d for d in dirnames if d != "site-packages"]
        dirnames[:] = [d for d in dirnames if d != "__pycache__"]
        for name in filenames:
            if name.endswith(".py"):
                path = os.path.join(dirpath, name)
                if os.path.isfile(path):
                    found.append(os.path.relpath(path, root))
    found.sort()
    return root, found


def spread_sample(items, n):
    if n is None or n >= len(items):
        return list(items)
    total = len(items)
    return [items[((2 * i + 1) * total) // (2 * n)] for i in range(n)]


def nested_blocks(header, depth, body=b"pass", indent=b" "):
    out = []
    for i in range(depth):
        out.append(indent * i + header + b"\n")
    out.append(indent * depth + body + b"\n")
    return b"".join(out)


def seq(item, n, sep):
    return sep.join([item] * n)


def numbered(fmt, n, sep):
    return sep.join(fmt % i for i in range(n)).encode()


def mixed_brackets(n):
    opens, closes = b"([{", b")]}"
    o = bytes(opens[i % 3] for i in range(n))
    c = bytes(closes[i % 3] for i in reversed(range(n)))
    # {} with a single element is a set display: fine at any depth.
    return b"x = " + o + b"1" + c + b"\n"


TEN_MB = 10 * 1024 * 1024


def synthetic_catalogue():
    """[(name, thunk returning bytes)]; thunks so that big inputs are only
    built when used."""
    cases = []

    def add(name, make):
        cases.append((name, make))

    # Nesting of brackets: CPython's tokenizer stops at 200 (MAXLEVEL).
    for n in (199, 200, 201, 1000, 100000):
        add("parens-%d" % n,
            lambda n=n: b"x = " + b"(" * n + b"1" + b")" * n + b"\n")
    add("brackets-mixed-1000", lambda: mixed_brackets(1000))
    add("parens-unclosed-1000", lambda: b"x = " + b"(" * 1000 + b"\n")
    add("closers-1000", lambda: b")" * 1000 + b"\n")
    add("dict-nested-199", lambda: b"x = " + b"{1: " * 199 + b"1" +
        b"}" * 199 + b"\n")
    add("fstring-parens-1000", lambda: b"f'{" + b"(" * 1000 + b"1" +
        b")" * 1000 + b"}'\n")
    add("call-nested-150", lambda: b"x = " + b"f(" * 150 + b"1" + b")" * 150
        + b"\n")
    # Indentation: MAXINDENT is 100; CO_MAXBLOCKS (20) for loops/try/with.
    for n in (99, 100, 101, 200):
        add("ifs-%d" % n, lambda n=n: nested_blocks(b"if x:", n))
    add("ifs-tabs-200", lambda: nested_blocks(b"if x:", 200, indent=b"\t"))
    add("defs-99", lambda: nested_blocks(b"def f():", 99, b"return x"))
    add("classes-99", lambda: nested_blocks(b"class C:", 99))
    for n in (20, 21, 99):
        add("for-%d" % n, lambda n=n: nested_blocks(b"for x in y:", n))
    add("while-21", lambda: nested_blocks(b"while x:", 21, b"break"))
    add("try-21", lambda: b"".join(
        b" " * i + b"try:\n" for i in range(21)) + b" " * 21 + b"pass\n" +
        b"".join(b" " * i + b"finally:\n" + b" " * (i + 1) + b"pass\n"
                 for i in reversed(range(21))))
    add("with-21", lambda: nested_blocks(b"with a as b:", 21))
    add("async-for-21", lambda: b"async def f():\n" + b"".join(
        b" " + ln + b"\n" for ln in
        nested_blocks(b"async for x in y:", 21).splitlines()))
    add("comprehension-1000-fors", lambda: b"x = [x " +
        seq(b"for x in y", 1000, b" ") + b"]\n")
    add("comprehension-nested-100", lambda: b"x = " + b"[" * 100 + b"x" +
        b" for x in y]" * 100 + b"\n")
    # Deep expressions without brackets.
    for n in (1000, 100000):
        add("lambda-%d" % n, lambda n=n: b"f = " + b"lambda: " * n + b"0\n")
        add("unary-minus-%d" % n, lambda n=n: b"x = " + b"-" * n + b"1\n")
        add("not-%d" % n, lambda n=n: b"x = " + b"not " * n + b"y\n")
        add("binop-left-%d" % n, lambda n=n: b"x = " + seq(b"1", n, b"+") +
            b"\n")
        add("power-right-%d" % n, lambda n=n: b"x = " + seq(b"2", n, b"**")
            + b"\n")
        add("ifexp-%d" % n, lambda n=n: b"x = " + b"a if b else " * n +
            b"c\n")
        add("attr-chain-%d" % n, lambda n=n: b"x = a" + b".b" * n + b"\n")
        add("call-chain-%d" % n, lambda n=n: b"x = f" + b"()" * n + b"\n")
        add("subscript-chain-%d" % n, lambda n=n: b"x = a" + b"[0]" * n +
            b"\n")
        add("await-%d" % n, lambda n=n: b"async def f():\n return " +
            b"await " * n + b"x\n")
        add("elif-%d" % n, lambda n=n: b"if x: pass\n" +
            b"elif x: pass\n" * n)
        add("star-power-%d" % n, lambda n=n: b"x = " + b"+" * (n // 2) +
            b"~" * (n // 2) + b"x\n")
    add("compare-chain-100000", lambda: b"x = " + seq(b"a", 100000, b" < ")
        + b"\n")
    add("and-chain-100000", lambda: b"x = " + seq(b"a", 100000, b" and ")
        + b"\n")
    add("or-and-100000", lambda: b"x = " + seq(b"a and b", 50000, b" or ")
        + b"\n")
    add("strings-concat-100000", lambda: b"x = " + seq(b"'a'", 100000, b" ")
        + b"\n")
    add("fstrings-concat-10000", lambda: b"x = " +
        seq(b"f'{a}b'", 10000, b" ") + b"\n")
    add("assign-targets-100000", lambda: b"a" + b" = a" * 100000 + b" = 1\n")
    add("decorators-10000", lambda: b"@d\n" * 10000 + b"def f(): pass\n")
    add("with-items-10000", lambda: b"with " + seq(b"a as b", 10000, b", ")
        + b": pass\n")
    add("or-pattern-100000", lambda: b"match x:\n case " +
        seq(b"1", 100000, b" | ") + b": pass\n")
    add("match-cases-10000", lambda: b"match x:\n" +
        b" case 1: pass\n" * 10000)
    add("class-pattern-nested-150", lambda: b"match x:\n case " +
        b"C(" * 150 + b"1" + b")" * 150 + b": pass\n")
    add("backslash-continuations-100000", lambda: b"x = 1" +
        b" + \\\n1" * 100000 + b"\n")
    # Big flat things.
    add("list-100000", lambda: b"x = [" + seq(b"0", 100000, b", ") + b"]\n")
    add("list-distinct-100000", lambda: b"x = [" +
        numbered("%d", 100000, ", ") + b"]\n")
    add("tuple-100000", lambda: b"x = " + seq(b"a", 100000, b", ") + b"\n")
    add("dict-100000", lambda: b"x = {" + numbered("%d: 0", 100000, ", ") +
        b"}\n")
    add("set-100000", lambda: b"x = {" + numbered("a%d", 100000, ", ") +
        b"}\n")
    add("call-args-100000", lambda: b"f(" + seq(b"a", 100000, b", ") +
        b")\n")
    add("call-kwargs-10000", lambda: b"f(" + numbered("k%d=0", 10000, ", ")
        + b")\n")
    add("call-kwargs-dup", lambda: b"f(a=1, a=2)\n")
    add("def-params-100000", lambda: b"def f(" +
        numbered("a%d", 100000, ", ") + b"): pass\n")
    add("def-params-dup", lambda: b"def f(a, a): pass\n")
    add("statements-100000", lambda: b"x = 1\n" * 100000)
    add("locals-70000", lambda: b"def f():\n" +
        numbered(" a%d = 0", 70000, "\n") + b"\n return a0\n")
    add("constants-70000", lambda: b"def f():\n" +
        numbered(" x = %d", 70000, "\n") + b"\n")
    add("names-70000", lambda: numbered("import m%d", 70000, "\n") + b"\n")
    add("jump-over-70000", lambda: b"if x:\n" + b" y = z\n" * 70000 +
        b"else:\n w = 1\n")
    add("loop-body-70000", lambda: b"while x:\n" + b" y = z\n" * 70000 +
        b" continue\n")
    add("import-names-100000", lambda: b"from m import " +
        numbered("a%d", 100000, ", ") + b"\n")
    add("global-names-100000", lambda: b"def f():\n global " +
        numbered("a%d", 100000, ", ") + b"\n")
    add("closure-cells-10000", lambda: b"def f():\n" +
        numbered(" a%d = 0", 10000, "\n") + b"\n def g():\n  return " +
        numbered("a%d", 10000, "+") + b"\n")
    # 10 MB single lines and other big inputs.
    add("line-10MB-string", lambda: b"x = '" + b"a" * TEN_MB + b"'\n")
    add("line-10MB-bytes", lambda: b"x = b'" + b"\\x00" * (TEN_MB // 4) +
        b"'\n")
    add("line-10MB-comment", lambda: b"# " + b"c" * TEN_MB + b"\n")
    add("line-10MB-name", lambda: b"x" * TEN_MB + b" = 1\n")
    add("line-10MB-unterminated", lambda: b"x = '" + b"a" * TEN_MB + b"\n")
    add("line-10MB-list", lambda: b"x = [" + b"1," * (TEN_MB // 2) + b"]\n")
    add("triple-quote-unterminated-10MB", lambda: b'x = """\n' +
        b"line\n" * (TEN_MB // 5))
    add("int-4300-digits", lambda: b"x = 1" + b"0" * 4299 + b"\n")
    add("int-4301-digits", lambda: b"x = 1" + b"0" * 4300 + b"\n")
    add("int-100000-digits", lambda: b"x = 1" + b"0" * 99999 + b"\n")
    add("int-1M-digits", lambda: b"x = 9" * 1 + b"9" * 999999 + b"\n")
    add("hex-100000-digits", lambda: b"x = 0x" + b"f" * 100000 + b"\n")
    add("bin-100000-digits", lambda: b"x = 0b" + b"1" * 100000 + b"\n")
    add("octal-100000-digits", lambda: b"x = 0o" + b"7" * 100000 + b"\n")
    add("int-underscores-100000", lambda: b"x = 1" + b"_0" * 100000 + b"\n")
    add("float-100000-digits", lambda: b"x = 1." + b"1" * 100000 + b"\n")
    add("float-huge-exp", lambda: b"x = 1e100000\ny = 1e-100000\n"
        b"z = 1e99999999999999999999\n")
    add("imag-100000-digits", lambda: b"x = " + b"9" * 100000 + b"j\n")
    add("hex-huge-times-huge", lambda: b"x = 0x" + b"f" * 10000 + b" * 0x" +
        b"f" * 10000 + b"\ny = 2 ** 100000\nz = 10 ** 100000\n")
    add("const-fold-big", lambda: b"x = 'a' * 10**9\ny = (1,) * 10**9\n"
        b"z = 1 << 10**9\nw = -(2**63) // -1\nv = 1 / 0\nu = 1 % 0\n")
    add("bad-numbers", lambda: b"a = 0x\nb = 1__0\nc = 0777\nd = 1.e\n"
        b"e = 1e\nf = 09.5\ng = 0b2\nh = 0o8\ni = 1_\nj = 0_7\nk = 1jj\n")
    # Strings, escapes, \N{...}.
    add("surrogate-escapes", lambda: b"a = '\\ud800'\nb = '\\udfff\\ud800'\n"
        b"c = b'\\ud800'\nd = f'\\ud800{a}'\ne = '\\U0000d800'\n"
        b"f = r'\\ud800'\n")
    add("surrogate-utf8-bytes", lambda: b"x = '\xed\xa0\x80'\n")
    add("surrogate-utf8-comment", lambda: b"# \xed\xa0\x80\nx = 1\n")
    add("surrogate-name", lambda: b"\xed\xa0\x80 = 1\n")
    add("escape-too-big", lambda: b"x = '\\U00110000'\n")
    add("escape-truncated", lambda: b"x = '\\x'\ny = '\\u12'\nz = '\\U1'\n")
    add("escape-octal-big", lambda: b"x = '\\777'\ny = b'\\777'\n")
    add("escape-invalid", lambda: b"x = '\\q\\d'\ny = b'\\q\\d\\u1234'\n")
    add("N-unknown-name", lambda: b"x = '\\N{NOT A REAL NAME}'\n")
    add("N-empty", lambda: b"x = '\\N{}'\n")
    add("N-unterminated", lambda: b"x = '\\N{LATIN SMALL LETTER A'\n")
    add("N-no-brace", lambda: b"x = '\\N'\n")
    add("N-fstring-unknown", lambda: b"x = f'\\N{BOGUS NAME}{y}'\n")
    add("N-fstring-valid", lambda: b"x = f'\\N{BULLET}{y}\\N{DASH}'\n")
    add("N-bytes", lambda: b"x = b'\\N{BULLET}'\ny = rb'\\N{X}'\n")
    add("N-long-name-100000", lambda: b"x = '\\N{" + b"A" * 100000 + b"}'\n")
    add("N-many-10000", lambda: b"x = '" + b"\\N{BULLET}" * 10000 + b"'\n")
    add("N-lowercase-alias", lambda: b"x = '\\N{latin small letter a}"
        b"\\N{LINE FEED}\\N{BOM}\\N{HANGUL SYLLABLE GAG}"
        b"\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-FFFFF}'\n")
    add("unterminated-string", lambda: b"x = 'abc\n")
    add("unterminated-triple", lambda: b"x = '''abc\n")
    add("unterminated-fstring", lambda: b"x = f'{a\n")
    add("fstring-odd", lambda: b"a = f'{}'\nb = f'{!r}'\nc = f'{x!}'\n"
        b"d = f'{x!z}'\ne = f'}'\nf = f'{'\ng = f'{x=!r:>{10}}'\n")
    add("fstring-nested-quotes", lambda: b"x = f'''{f\"{f'{1}'}\"}'''\n")
    add("fstring-nested-spec", lambda: b"x = f'{x:{y:{z}}}'\n")
    add("fstring-lambda-yield", lambda: b"a = f'{lambda x:1}'\n"
        b"def g():\n b = f'{yield}'\n c = f'{*x}'\n d = f'{x:=1}'\n")
    add("fstring-backslash", lambda: b"x = f'{\"\\n\".join(a)}'\n")
    add("fstring-comment", lambda: b"x = f'{a # c}'\n")
    add("fstring-braces-100000", lambda: b"x = f'" + b"{{}}" * 50000 +
        b"'\n")
    add("fstring-many-fields-10000", lambda: b"x = f'" + b"{a}" * 10000 +
        b"'\n")
    # Encodings.
    add("bom-only", lambda: b"\xef\xbb\xbf")
    add("bom-latin1-cookie", lambda: b"\xef\xbb\xbf# coding: latin-1\nx=1\n")
    add("cookie-unknown", lambda: b"# coding: no-such-codec\nx = 1\n")
    add("cookie-utf16", lambda: b"# coding: utf-16\nx = 1\n")
    add("cookie-line2-latin1", lambda: b"#!/usr/bin/python\n"
        b"# -*- coding: latin-1 -*-\nx = '\xe9\xff'\n")
    add("cookie-line3-ignored", lambda: b"\n\n# coding: latin-1\nx='\xe9'\n")
    add("cookie-vim", lambda: b"# vim: set fileencoding=cp1252 :\n"
        b"x = '\x80\x9f'\n")
    add("cookie-long", lambda: b"# coding: " + b"x" * 100000 + b"\n")
    add("cookie-utf8-invalid", lambda: b"# coding: utf-8\nx = '\xff\xfe'\n")
    add("utf8-overlong", lambda: b"x = '\xc0\x80\xc1\xbf'\n")
    add("utf8-too-big", lambda: b"x = '\xf4\x90\x80\x80\xf5\xff'\n")
    add("utf8-truncated-eof", lambda: b"x = '\xc3")
    add("utf8-truncated-eol", lambda: b"# \xe2\x82\nx = 1\n")
    add("utf8-continuation-only", lambda: b"\x80\x80\x80\n")
    add("latin1-no-cookie", lambda: b"x = '\xe9'\n")
    add("nonascii-names", lambda: "ﬁ = 1\n𝔘𝔫𝔦 = 2\nµ = ﬁ + 𝔘𝔫𝔦\n"
        "x\u200b = 1\n".encode())
    add("nonascii-operators", lambda: "x = 1 ⁄ 2\ny = a → b\n"
        "z = “q”\n".encode())
    # NUL bytes.
    add("nul-start", lambda: b"\x00x = 1\n")
    add("nul-middle", lambda: b"x = 1\n\x00\ny = 2\n")
    add("nul-in-string", lambda: b"x = '\x00'\n")
    add("nul-in-comment", lambda: b"# \x00\nx = 1\n")
    add("nul-after-backslash", lambda: b"x = 1 + \\\x00\n")
    add("nul-eof", lambda: b"x = (\x00")
    # Line endings, whitespace, backslashes.
    add("cr-only", lambda: b"if x:\r    y = 1\r    z = 2\r")
    add("crlf-mixed", lambda: b"if x:\r\n    y = 1\n\r    z = 2\r\n")
    add("formfeed-indent", lambda: b"if x:\n\x0c    y = 1\n  \x0c  z = 2\n")
    add("tabs-inconsistent", lambda: b"if x:\n\ty = 1\n        z = 2\n")
    add("dedent-mismatch", lambda: b"if x:\n    y = 1\n  z = 2\n")
    add("unexpected-indent", lambda: b"x = 1\n    y = 2\n")
    add("backslash-eof", lambda: b"x = 1 + \\")
    add("backslash-space", lambda: b"x = 1 + \\ \n2\n")
    add("backslash-start", lambda: b"\\\n")
    add("backslash-in-comment", lambda: b"# a \\\nx = (\n")
    add("empty", lambda: b"")
    add("only-newline", lambda: b"\n")
    add("only-whitespace", lambda: b"   \t  \x0c")
    add("only-open-paren", lambda: b"(")
    add("only-hash", lambda: b"#")
    add("no-trailing-newline", lambda: b"if x:\n    y = 1")
    add("indent-eof", lambda: b"if x:\n")
    add("weird-chars", lambda: b"$ = 1\n? x\n!x\nx = `y`\na <> b\n\x7f\n")
    # Semantic errors reported by the symbol table / compiler.
    add("sem-module-level", lambda: b"nonlocal x\n")
    add("sem-return-module", lambda: b"return 1\n")
    add("sem-yield-class", lambda: b"class C:\n yield 1\n")
    add("sem-await-module", lambda: b"await x\n")
    add("sem-break-outside", lambda: b"break\n")
    add("sem-continue-finally", lambda: b"for x in y:\n try: pass\n"
        b" finally:\n  continue\n")
    add("sem-two-stars", lambda: b"*a, *b = c\n")
    add("sem-star-alone", lambda: b"*a = b\n")
    add("sem-del-call", lambda: b"del f()\n")
    add("sem-assign-none", lambda: b"None = 1\n__debug__ = 1\n")
    add("sem-global-after-use", lambda: b"def f():\n x = 1\n global x\n")
    add("sem-nonlocal-missing", lambda: b"def f():\n nonlocal q\n")
    add("sem-import-star-def", lambda: b"def f():\n from os import *\n")
    add("sem-future-braces", lambda: b"from __future__ import braces\n")
    add("sem-future-unknown", lambda: b"from __future__ import nope\n")
    add("sem-future-late", lambda: b"x = 1\nfrom __future__ import "
        b"annotations\n")
    add("sem-yield-comprehension", lambda: b"x = [(yield) for y in z]\n")
    add("sem-async-comp-outside", lambda: b"x = [a async for a in b]\n"
        b"def f():\n return [await a for a in b]\n")
    add("sem-yield-from-async", lambda: b"async def f():\n yield from x\n")
    add("sem-return-async-gen", lambda: b"async def f():\n yield 1\n"
        b" return 2\n")
    add("sem-walrus-comprehension", lambda: b"x = [i := 0 for i in y]\n"
        b"class C:\n z = [(j := 1) for k in y]\n")
    add("sem-annotated-global", lambda: b"def f():\n global x\n x: int\n")
    add("sem-match-irrefutable", lambda: b"match x:\n case y: pass\n"
        b" case 1: pass\n")
    add("sem-match-bad-patterns", lambda: b"match x:\n case a | b: pass\n"
        b" case {**r, 'a': 1}: pass\n case 1 + 1: pass\n case -1j: pass\n"
        b" case a.b(c=1, d): pass\n case [*a, *b]: pass\n"
        b" case C(x=1, x=2): pass\n case {'a': 1, 'a': 2}: pass\n")
    add("sem-aug-tuple", lambda: b"(a, b) += 1\nf() = 1\n[a] += 1\n")
    add("sem-params", lambda: b"def f(*): pass\ndef g(**k, a): pass\n"
        b"def h(a=1, b): pass\nlambda *: 1\n")
    add("sem-python2", lambda: b"print 'hello'\nexec 'x'\n"
        b"print >>sys.stderr, x\nx = 0777L\ny = ur''\n")
    add("sem-star-args-mix", lambda: b"f(*a, **k, *b)\nf(**k, a)\n"
        b"f(a=1, b)\nf(x for x in y, 1)\n")
    add("sem-keyword-names", lambda: b"def f(async=1): pass\nmatch = 1\n"
        b"case = match\n_ = 1\ntype = 2\n")
    return cases


# Small pieces inserted by the mutator.
TOKENS = [b"(", b")", b"[", b"]", b"{", b"}", b"'", b'"', b"'''", b'"""',
          b"\\", b"\\\n", b"\t", b"    ", b"\n", b"\n    ", b"\r", b"#",
          b":", b",", b";", b"=", b"*", b"**", b"@", b".", b"...", b"->",
          b":=", b"f'", b'b"', b"rb'", b"u'", b"f'{", b"}'", b"!r", b"\x0c",
          b"\\N{", b"\\x", b"\\u", b"0x", b"1e", b"_", b"lambda", b"yield",
          b"await", b"async", b"return", b"global", b"nonlocal", b"del",
          b"match", b"case", b"import", b"from", b"class", b"def", b"if",
          b"else", b"elif", b"try", b"except*", b"finally", b"with", b"for",
          b"while", b"break", b"continue", b"pass", b"not", b"in", b"is",
          b"None", b"__debug__", b"print", b"\x00", b"\xed\xa0\x80",
          b"\xc3", b"\xff", b"\xef\xbb\xbf"]

SNIPPETS = [
    # (weight, name, thunk) -- a statement inserted at a line boundary, or
    # an expression replacing a name.
    (4, "parens1000", lambda: b"x = " + b"(" * 1000 + b"1" + b")" * 1000),
    (3, "parens200", lambda: b"x = " + b"(" * 200 + b"1" + b")" * 200),
    (3, "brackets1000", lambda: mixed_brackets(1000).rstrip(b"\n")),
    (4, "ifs200", None),  # built against the insertion point's indentation
    (2, "for21", None),
    (2, "lambda1000", lambda: b"f = " + b"lambda: " * 1000 + b"0"),
    (2, "unary10000", lambda: b"x = " + b"-" * 10000 + b"1"),
    (2, "binop10000", lambda: b"x = " + seq(b"1", 10000, b"+")),
    (2, "elif1000", None),
    (1, "list100k", lambda: b"x = [" + seq(b"0", 100000, b", ") + b"]"),
    (1, "int100k", lambda: b"x = 1" + b"0" * 99999),
    (1, "hex100k", lambda: b"x = 0x" + b"f" * 100000),
    (1, "line10MB", lambda: b"x = '" + b"a" * TEN_MB + b"'"),
    (3, "nul", lambda: b"x = 1\x00"),
    (3, "surrogate", lambda: b"x = '\\ud800' + f'\\udfff{y}'"),
    (2, "surrogate-utf8", lambda: b"x = '\xed\xa0\x80'"),
    (3, "Nbogus", lambda: b"x = '\\N{NO SUCH CHARACTER NAME}'"),
    (2, "Nfbogus", lambda: b"x = f'\\N{NO SUCH NAME}{y}'"),
    (2, "fstring-deep", lambda: b"x = f'{x:{y:{z}}}'"),
    (2, "semantic", None),
]
SEMANTIC_LINES = [b"return 1", b"yield x", b"await x", b"nonlocal x",
                  b"global x", b"break", b"continue", b"del f()",
                  b"*a, *b = c", b"from __future__ import annotations",
                  b"from os import *", b"x: int = 1", b"__debug__ = 1",
                  b"async def f(): yield from x",
                  b"lambda: (yield)", b"[(yield) for a in b]",
                  b"[i := 0 for i in y]", b"match x:\n case y: pass",
                  b"class C: nonlocal x", b"def f(a, a): pass",
                  b"f(**k, *a)", b"try:\n pass\nexcept* E:\n return"]
SNIPPET_TOTAL = sum(w for w, _, _ in SNIPPETS)


def line_spans(data):
    """Start offsets of the lines of data (each line keeps its \\n)."""
    starts = [0]
    for i, b in enumerate(data):
        if b == 10 and i + 1 < len(data):
            starts.append(i + 1)
    return starts


def lines_of(data):
    return data.splitlines(keepends=True) or [b""]


def indentation_at(data, pos):
    end = pos
    while end < len(data) and data[end] in b" \t\x0c":
        end += 1
    return data[pos:end]


def pick_snippet(rng, indent):
    r = rng.randrange(SNIPPET_TOTAL)
    for weight, name, make in SNIPPETS:
        if r < weight:
            break
        r -= weight
    if name == "ifs200":
        text = b"".join(indent + b" " * i + b"if x:\n" for i in range(200))
        return name, text + indent + b" " * 200 + b"pass\n"
    if name == "for21":
        text = b"".join(indent + b" " * i + b"for a in b:\n"
                        for i in range(21))
        return name, text + indent + b" " * 21 + b"break\n"
    if name == "elif1000":
        return name, indent + b"if x: pass\n" + \
            (indent + b"elif y: pass\n") * 1000
    if name == "semantic":
        body = rng.choice(SEMANTIC_LINES)
        return name, b"".join(indent + ln + b"\n"
                              for ln in body.split(b"\n"))
    return name, indent + make() + b"\n"


def mutate_once(rng, data):
    """(operation name, new data)."""
    ops = [("truncate", 6), ("truncate-utf8", 3), ("flip", 6),
           ("insert-bytes", 4), ("delete-bytes", 5), ("insert-token", 10),
           ("dup-line", 4), ("swap-lines", 4), ("delete-line", 3),
           ("reindent-line", 4), ("snippet", 8), ("replace-name", 3)]
    total = sum(w for _, w in ops)
    r = rng.randrange(total)
    for op, w in ops:
        if r < w:
            break
        r -= w
    n = len(data)
    if op == "truncate":
        return op, data[:rng.randrange(n + 1)]
    if op == "truncate-utf8":
        inside = [i for i in range(n) if 0x80 <= data[i] < 0xC0]
        if not inside:
            return "truncate", data[:rng.randrange(n + 1)]
        return op, data[:rng.choice(inside)]
    if op == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            if out:
                i = rng.randrange(len(out))
                out[i] ^= 1 << rng.randrange(8)
        return op, bytes(out)
    if op == "insert-bytes":
        i = rng.randrange(n + 1)
        junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        return op, data[:i] + junk + data[i:]
    if op == "delete-bytes":
        i = rng.randrange(n + 1)
        return op, data[:i] + data[i + rng.randint(1, 64):]
    if op == "insert-token":
        out = data
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(len(out) + 1)
            out = out[:i] + rng.choice(TOKENS) + out[i:]
        return op, out
    lines = lines_of(data)
    if op == "dup-line":
        i = rng.randrange(len(lines))
        lines.insert(i, lines[i])
        return op, b"".join(lines)
    if op == "swap-lines":
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        return op, b"".join(lines)
    if op == "delete-line":
        del lines[rng.randrange(len(lines))]
        return op, b"".join(lines)
    if op == "reindent-line":
        i = rng.randrange(len(lines))
        stripped = lines[i].lstrip(b" \t")
        lines[i] = rng.choice([b"", b" ", b"\t", b"  ", b"        ",
                               b" \t", b"\t ", b"\x0c"]) * \
            rng.randint(0, 3) + stripped
        return op, b"".join(lines)
    if op == "replace-name":
        names = list(re.finditer(rb"[A-Za-z_][A-Za-z0-9_]*", data))
        if names:
            m = rng.choice(names)
            word = rng.choice([b"await", b"yield", b"lambda", b"return",
                               b"nonlocal", b"global", b"async", b"match",
                               b"case", b"del", b"*", b"**", b":=", b"None",
                               b"__debug__", b"True", b"(", b"[", b"'"])
            return op, data[:m.start()] + word + data[m.end():]
        return op, data
    # snippet: insert a hostile statement at a line start, with that line's
    # indentation so the block structure survives.
    starts = line_spans(data)
    pos = rng.choice(starts + [n])
    name, text = pick_snippet(rng, indentation_at(data, pos))
    if pos == n and n and data[-1:] != b"\n":
        text = b"\n" + text
    return "snippet-" + name, data[:pos] + text + data[pos:]


def make_mutant(seed, rel, index, data):
    rng = random.Random("%s:%s:%d" % (seed, rel, index))
    ops = []
    for _ in range(1 if rng.random() < 0.7 else rng.randint(2, 3)):
        op, data = mutate_once(rng, data)
        ops.append(op)
    return ops, data


# ---------------------------------------------------------------- running

class Input:
    def __init__(self, name, kind, path=None, make=None, note=""):
        self.name = name      # unique, used for the saved copy
        self.kind = kind      # library / synthetic / mutant
        self.path = path      # existing file, or None (written from make)
        self.make = make      # thunk -> (note, bytes)
        self.note = note
        self.base_size = 0    # a mutant's original size (for --max-added)


def kiln_env():
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS",
                   "detect_leaks=0:hard_rss_limit_mb=8192:"
                   "allocator_may_return_null=0")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    return env


def kiln_argv(kiln):
    if kiln.endswith(".py") and os.path.isfile(kiln):
        return [sys.executable, kiln]
    return [kiln]


def run_kiln(argv, path, timeout, env):
    start = time.monotonic()
    try:
        proc = subprocess.run(argv + [path], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, timeout=timeout,
                              env=env)
    except subprocess.TimeoutExpired as exc:
        return None, exc.stderr or b"", time.monotonic() - start
    return proc.returncode, proc.stderr, time.monotonic() - start


def last_line(stderr):
    lines = [ln for ln in stderr.decode("utf-8", "replace").split("\n")
             if ln.strip()]
    return lines[-1] if lines else ""


def judge(rc, stderr, timeout):
    """None if the run is acceptable, else a one-line reason."""
    if rc is None:
        return "timeout: no answer within %g s" % timeout
    for mark in SANITIZER_MARKS:
        if mark in stderr:
            return "sanitizer: " + sanitizer_summary(stderr)
    if rc < 0:
        try:
            import signal
            name = signal.Signals(-rc).name
        except (ValueError, ImportError):
            name = str(-rc)
        return "signal %s" % name
    if rc not in (0, 1):
        return "exit status %d (%s)" % (rc, last_line(stderr)[:120])
    if rc == 1 and not ERROR_LINE.match(last_line(stderr)):
        return "exit 1 without an error message (last stderr line: %r)" % \
            last_line(stderr)[:120]
    return None


def sanitizer_summary(stderr):
    text = stderr.decode("utf-8", "replace")
    for line in text.split("\n"):
        if "SUMMARY:" in line or "runtime error:" in line:
            return line.strip()[:200]
    for line in text.split("\n"):
        if "ERROR:" in line:
            return line.strip()[:200]
    return "report on stderr"


def top_frames(stderr, n=6):
    out = []
    for line in stderr.decode("utf-8", "replace").split("\n"):
        m = re.match(r"\s*#\d+ 0x[0-9a-f]+ in (.*)", line)
        if m:
            out.append(m.group(1).strip())
            if len(out) >= n:
                break
    return out


# `python3 FILE` compiles FILE with the file reader (stricter than compile()
# on bytes) and the recursion limits of a top-level run, so its verdict is
# the reference; to get it without running anything, a sitecustomize in a
# scratch folder on PYTHONPATH installs an audit hook that exits (status 97)
# when the compiled module is about to be executed.
_GUARD_SOURCE = """\
import os, sys
_target = os.environ.get("KILN_FUZZ_TARGET")
def _kiln_fuzz_hook(event, args):
    if (event == "exec" and args
            and getattr(args[0], "co_filename", None) == _target):
        os._exit(97)
if _target:
    sys.addaudithook(_kiln_fuzz_hook)
"""
_guard = {"dir": None, "ok": None}
_guard_lock = threading.Lock()


def guard_dir():
    """The scratch folder with the guard, or None if the guard does not work
    (then only compile() is consulted)."""
    with _guard_lock:
        if _guard["ok"] is None:
            d = tempfile.mkdtemp(prefix="kiln-fuzz-cpy-")
            atexit.register(shutil.rmtree, d, True)
            with open(os.path.join(d, "sitecustomize.py"), "w") as f:
                f.write(_GUARD_SOURCE)
            probe = os.path.join(d, "probe.py")
            with open(probe, "w") as f:
                f.write("import sys\nsys.stdout.write('RAN')\n")
            res = run_python_guarded(d, probe, 30)
            _guard["dir"] = d
            _guard["ok"] = (res is not None and res.returncode == 97
                            and b"RAN" not in res.stdout)
        return _guard["dir"] if _guard["ok"] else None


def run_python_guarded(d, path, timeout):
    env = dict(os.environ)
    env["PYTHONPATH"] = d
    env["KILN_FUZZ_TARGET"] = path
    env.pop("PYTHONSTARTUP", None)
    try:
        return subprocess.run([sys.executable, "-W", "ignore", path],
                              stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, cwd=d, env=env)
    except subprocess.TimeoutExpired:
        return None


def cpython_answer(path, timeout=60):
    """What CPython says about the file: 'compiles', or the last stderr line
    of `python3 FILE` (which is stopped before it runs anything)."""
    path = os.path.abspath(path)
    d = guard_dir()
    if d is not None:
        res = run_python_guarded(d, path, timeout)
        if res is None:
            return "python3 did not finish within %g s" % timeout
        if res.returncode == 97:
            return "compiles"
        if res.returncode < 0:
            return "python3 killed by signal %d" % -res.returncode
        return last_line(res.stderr) or "python3 exit %d" % res.returncode
    # No guard: compile() in a child (bytes; slightly laxer than python3).
    code = ("import sys, warnings\n"
            "warnings.simplefilter('ignore')\n"
            "data = open(sys.argv[1], 'rb').read()\n"
            "compile(data, sys.argv[1], 'exec', dont_inherit=True)\n")
    try:
        res = subprocess.run([sys.executable, "-c", code, path],
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "compile() did not finish within %g s" % timeout
    if res.returncode == 0:
        return "compiles (compile() of the bytes)"
    if res.returncode < 0:
        return "compile() killed by signal %d" % -res.returncode
    return "compile(): " + last_line(res.stderr)


class Runner:
    def __init__(self, args):
        self.args = args
        self.argv = kiln_argv(args.kiln)
        self.env = kiln_env()
        self.tmp = tempfile.mkdtemp(prefix="kiln-fuzz-")
        self.lock = threading.Lock()
        self.passed = 0
        self.failed = 0
        self.done_inputs = 0
        self.total_inputs = 0
        self.started = time.monotonic()
        self.slowest = []
        self.skipped = 0

    def materialize(self, inp, slot):
        if inp.path is not None:
            return inp.path, None
        note, data = inp.make()
        if note:
            inp.note = note
        limit = self.args.max_added
        if limit is not None and len(data) - inp.base_size > limit:
            return None, None
        path = os.path.join(self.tmp, "%d-%s.py" % (slot, safe(inp.name)))
        with open(path, "wb") as f:
            f.write(data)
        return path, data

    def check(self, slot_inp):
        slot, inp = slot_inp
        path, data = self.materialize(inp, slot)
        if path is None:
            return inp, [], None  # over --max-added: skipped
        results = []
        for label, sub in COMMANDS:
            rc, stderr, secs = run_kiln(self.argv + sub, path,
                                        self.args.timeout, self.env)
            results.append((label, sub, rc, stderr, secs,
                            judge(rc, stderr, self.args.timeout)))
        failures = [r for r in results if r[5]]
        extra = None
        if failures or (inp.kind == "synthetic" and self.args.cpython):
            extra = cpython_answer(path)
        if failures:
            self.save(inp, path, failures, extra)
        if data is not None:
            os.unlink(path)
        return inp, results, extra

    def save(self, inp, path, failures, cpython):
        out = self.args.failures_dir
        os.makedirs(out, exist_ok=True)
        base = os.path.join(out, safe(inp.name))
        shutil.copyfile(path, base + ".py")
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write("input: %s (%s%s)\n" % (inp.name, inp.kind,
                                            ", " + inp.note if inp.note
                                            else ""))
            f.write("CPython: %s\n" % cpython)
            for label, sub, rc, stderr, secs, why in failures:
                f.write("\n$ %s %s %s\n" % (" ".join(self.argv),
                                            " ".join(sub), base + ".py"))
                f.write("=> %s (exit %s, %.1f s)\n" % (why, rc, secs))
                text = stderr.decode("utf-8", "replace").split("\n")
                if len(text) > 80:
                    text = text[:60] + ["[... %d lines ...]" %
                                        (len(text) - 70)] + text[-10:]
                f.write("\n".join(text) + "\n")

    def report(self, item):
        inp, results, cpython = item
        with self.lock:
            self.done_inputs += 1
            if not results:
                self.skipped += 1
                return
            for label, sub, rc, stderr, secs, why in results:
                self.slowest.append((secs, label, inp.name))
                if why is None:
                    self.passed += 1
                    continue
                self.failed += 1
                print("FAIL %s [%s]%s: %s" % (
                    inp.name, label, " (%s)" % inp.note if inp.note else "",
                    why), flush=True)
                for frame in top_frames(stderr):
                    print("    " + frame)
                print("    saved: %s.py; CPython: %s" % (
                    os.path.join(self.args.failures_dir, safe(inp.name)),
                    cpython), flush=True)
            if inp.kind == "synthetic" and self.args.cpython:
                rc, stderr = results[0][2], results[0][3]
                kiln_says = "accepts" if rc == 0 else \
                    ("exit %s: %s" % (rc, last_line(stderr)[:150]))
                print("SYNTH %-32s kiln: %s | CPython: %s" % (
                    inp.name, kiln_says, cpython), flush=True)
            if self.args.progress and self.done_inputs % 100 == 0:
                print("progress: %d/%d inputs, %d failed runs, %.0f s" % (
                    self.done_inputs, self.total_inputs, self.failed,
                    time.monotonic() - self.started), file=sys.stderr,
                    flush=True)

    def run(self, inputs):
        self.total_inputs = len(inputs)
        try:
            with concurrent.futures.ThreadPoolExecutor(self.args.jobs) as ex:
                for item in ex.map(self.check, enumerate(inputs)):
                    self.report(item)
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)


def safe(name):
    return re.sub(r"[^A-Za-z0-9_.-]+", "__", name)[:150]


def build_inputs(args):
    root, rels = stdlib_files()
    if args.files:
        selection = [(os.path.abspath(p), os.path.basename(p))
                     for p in args.files]
    else:
        selection = [(os.path.join(root, r), r)
                     for r in spread_sample(rels, args.sample)]
    inputs = []
    if not args.no_library:
        for path, rel in selection:
            inputs.append(Input("lib-" + rel, "library", path=path))
    if not args.no_synthetic:
        for name, make in synthetic_catalogue():
            inputs.append(Input("synth-" + name, "synthetic",
                                make=lambda make=make: ("", make())))
    if args.mutants > 0 and selection:
        rng = random.Random(args.seed)
        count = min(args.mutant_files, len(selection))
        picked = sorted(rng.sample(range(len(selection)), count))
        for idx in picked:
            path, rel = selection[idx]
            for m in range(args.mutants):
                def make(path=path, rel=rel, m=m):
                    with open(path, "rb") as f:
                        data = f.read()
                    ops, out = make_mutant(args.seed, rel, m, data)
                    return "+".join(ops), out
                inp = Input("mut-%s-%d" % (rel, m), "mutant", make=make)
                inp.base_size = os.path.getsize(path)
                inputs.append(inp)
    return inputs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kiln")
    ap.add_argument("files", nargs="*")
    ap.add_argument("--sample", type=int, default=None)
    ap.add_argument("--mutants", type=int, default=20)
    ap.add_argument("--mutant-files", type=int, default=200)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--no-library", action="store_true")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--max-added", type=int, default=None,
                    help="skip generated inputs adding more than this many "
                    "bytes")
    ap.add_argument("--cpython", action="store_true")
    ap.add_argument("--failures-dir", default="/tmp/kiln-fuzz-failures")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--slowest", type=int, default=0,
                    help="list the N slowest runs at the end")
    args = ap.parse_intermixed_args()
    if not os.path.exists(args.kiln):
        print("robustness: no such kiln: %s" % args.kiln, file=sys.stderr)
        return 2
    inputs = build_inputs(args)
    runner = Runner(args)
    runner.run(inputs)
    if args.slowest:
        for secs, label, name in sorted(runner.slowest,
                                        reverse=True)[:args.slowest]:
            print("slow: %6.1f s %-9s %s" % (secs, label, name))
    total = runner.passed + runner.failed
    if runner.skipped:
        print("(%d generated inputs over --max-added skipped)" %
              runner.skipped)
    print("robustness: %d passed, %d failed (of %d)" % (
        runner.passed, runner.failed, total))
    return 1 if runner.failed else 0


if __name__ == "__main__":
    sys.exit(main())
