"""Shared pieces of Kiln's front-end conformance scripts and benchmark.

- which files: every .py file of CPython's library folder (sysconfig's
  'stdlib' path, with its test/ package, without site-packages), sorted by
  path relative to that folder; a deterministic evenly spread sample of them;
- how to run the kiln command under test (a binary, or a .py stand-in);
- CPython's own report for a file it refuses (what `python3 FILE` prints).

Only the Python standard library is used. Run with the reference CPython 3.11.
"""

import atexit
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile

SYNTAX_ERROR_FAMILY = ("SyntaxError", "IndentationError", "TabError")


def stdlib_dir():
    return sysconfig.get_paths()["stdlib"]


def library_files(root=None):
    """All .py files under root (default: the stdlib folder), sorted by their
    path relative to root; root/site-packages is skipped."""
    root = os.path.abspath(root or stdlib_dir())
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
    return [os.path.join(root, rel) for rel in found]


def spread_sample(files, n):
    """n files taken at evenly spaced positions of the sorted list (the middle
    of each of n equal slices), so the sample covers the whole tree and is the
    same on every run."""
    if n is None or n >= len(files):
        return list(files)
    if n <= 0:
        return []
    total = len(files)
    return [files[((2 * i + 1) * total) // (2 * n)] for i in range(n)]


def read_list_file(list_path):
    """Paths listed one per line ('#' comments and blank lines ignored);
    relative entries are looked up in the current folder, then in the stdlib."""
    paths = []
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                paths.append(resolve_path(line))
    return paths


def resolve_path(path):
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    return os.path.join(stdlib_dir(), path)


def select_files(explicit=(), list_file=None, sample=None):
    """The files a run covers: explicit paths, else the list file's paths,
    else the whole library; then the spread sample if asked for."""
    if explicit:
        files = [resolve_path(p) for p in explicit]
    elif list_file:
        files = read_list_file(list_file)
    else:
        files = library_files()
    return spread_sample(files, sample)


def display_name(path):
    root = stdlib_dir()
    try:
        rel = os.path.relpath(path, root)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def kiln_command(kiln):
    """argv prefix that runs the kiln command: a .py stand-in runs under this
    interpreter; an existing path runs as is; anything else is split like a
    shell word list (e.g. "valgrind -q build/bin/kiln")."""
    if kiln.endswith(".py") and os.path.isfile(kiln):
        return [sys.executable, kiln]
    if os.path.exists(kiln):
        return [kiln]
    return shlex.split(kiln)


class Result:
    """Outcome of one child process."""

    def __init__(self, returncode, stdout, stderr, timed_out=False,
                 error=None):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out
        self.error = error  # could not start at all (OSError text)

    @property
    def crashed(self):
        return (not self.timed_out and self.error is None
                and self.returncode is not None and self.returncode < 0)


def run(argv, timeout, cwd=None):
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout, cwd=cwd)
    except subprocess.TimeoutExpired as exc:
        return Result(None, exc.stdout or b"", exc.stderr or b"",
                      timed_out=True)
    except OSError as exc:
        return Result(None, b"", b"", error=str(exc))
    return Result(proc.returncode, proc.stdout, proc.stderr)


_report_cache = {}
_scratch = None


def cpython_refusal_report(path, timeout=20):
    """What `python3 PATH` prints on stderr for a file this interpreter's
    compile() refuses, or None if it cannot be had safely.

    The file is compiled here first and python3 is run only if compile()
    refuses it: python3 then stops at compilation and runs nothing. The child
    also runs in an empty scratch folder, and a run that does not end in a
    SyntaxError-family report yields None."""
    global _scratch
    if path in _report_cache:
        return _report_cache[path]
    if compiles(path):
        _report_cache[path] = None
        return None
    if _scratch is None:
        _scratch = tempfile.mkdtemp(prefix="kiln-conformance-")
        atexit.register(shutil.rmtree, _scratch, True)
    res = run([sys.executable, path], timeout, cwd=_scratch)
    report = None
    if (not res.timed_out and res.error is None and res.returncode == 1
            and last_line_is_syntax_error(res.stderr)):
        report = res.stderr
    _report_cache[path] = report
    return report


def compiles(path):
    """Whether this interpreter's compile() accepts the file (any exception,
    and an unreadable file, count as refusal)."""
    import warnings
    try:
        with open(path, "rb") as f:
            data = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(data, path, "exec", dont_inherit=True)
    except Exception:
        return False
    return True


def last_line_is_syntax_error(stderr_bytes):
    lines = stderr_bytes.decode("utf-8", "replace").rstrip("\n").split("\n")
    last = lines[-1] if lines else ""
    return any(last.startswith(kind + ":") for kind in SYNTAX_ERROR_FAMILY)


def first_difference(expected, actual, context=60):
    """A short description of where two strings first differ."""
    limit = min(len(expected), len(actual))
    i = 0
    while i < limit and expected[i] == actual[i]:
        i += 1
    if i == limit and len(expected) == len(actual):
        return "identical"
    line = expected.count("\n", 0, i) + 1
    col = i - (expected.rfind("\n", 0, i) + 1)
    start = max(0, i - context)
    return ("first difference at offset %d (line %d, column %d; expected "
            "length %d, got %d)\n      expected: %s\n      got:      %s"
            % (i, line, col, len(expected), len(actual),
               _snippet(expected, start, i, context),
               _snippet(actual, start, i, context)))


def _snippet(text, start, i, context):
    before = text[start:i]
    after = text[i:i + context]
    prefix = "..." if start > 0 else ""
    suffix = "..." if i + context < len(text) else ""
    return prefix + repr(before)[1:-1] + " >>>" + repr(after)[1:-1] + suffix


def describe_process_failure(res, what):
    """One line for a child that did not behave: timeout, crash, bad start,
    or the last stderr line."""
    if res.error is not None:
        return "%s could not start: %s" % (what, res.error)
    if res.timed_out:
        return "%s timed out" % what
    if res.crashed:
        return "%s crashed (signal %d)" % (what, -res.returncode)
    tail = res.stderr.decode("utf-8", "replace").strip().splitlines()
    return "%s exited %d%s" % (what, res.returncode,
                               (": " + tail[-1][:200]) if tail else "")


def print_failure(path, kind, details, verbose):
    """One FAIL line (and, with verbose, up to 20 lines of details)."""
    print("FAIL %s: %s%s" % (display_name(path), kind,
                             (" (" + details[0] + ")") if details else ""),
          flush=True)
    if verbose:
        for line in details[1:21]:
            print("    " + line)
        if len(details) > 21:
            print("    ... %d more" % (len(details) - 21))


def write_failures(out_path, failed_paths):
    """The failing files, one per line, for --files on a rerun."""
    if out_path:
        with open(out_path, "w", encoding="utf-8") as f:
            f.writelines(p + "\n" for p in failed_paths)
