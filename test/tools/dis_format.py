"""Shared parsing of `dis.dis` text (CPython 3.11 layout, as `kiln dis`
prints it) for gen_dis_checks.py and dis_diff.py."""

import dis
import io
import re

# Instruction line: [lineno] [>>] offset OPNAME [arg [(argrepr)]]
INSTR_RE = re.compile(
    r"^\s*(?:(?P<lineno>\d+)\s+)?(?:(?P<target>>>)\s+)?(?P<offset>\d+) "
    r"(?P<opname>[A-Z_]+)(?:\s+(?P<arg>-?\d+))?(?:\s+\((?P<argrepr>.*)\))?$")
ENTRY_RE = re.compile(
    r"^\s*(?P<start>\d+) to (?P<end>\d+) -> (?P<target>\d+) "
    r"\[(?P<depth>\d+)\](?P<lasti> lasti)?$")
HEADER_RE = re.compile(
    r"^Disassembly of <code object (?P<name>\S+) at 0x[0-9a-f]+, "
    r"file \"(?P<file>.*)\", line (?P<line>\d+)>:$")
CODE_REPR_RE = re.compile(
    r"<code object (\S+) at 0x[0-9a-f]+, file \"[^\"]*\", line (\d+)>")

JUMP_OPS = {dis.opname[op] for op in dis.hasjrel + dis.hasjabs}


def cpython_dis(path):
    """What CPython's dis.dis prints for FILE compiled as a module."""
    with open(path, "rb") as f:
        source = f.read()
    code = compile(source, path, "exec", dont_inherit=True)
    out = io.StringIO()
    dis.dis(code, file=out)
    return out.getvalue()


def parse(text):
    """Yield (kind, match-or-line) for every line of dis text: kind is
    'blank', 'header', 'instr', 'table' (the ExceptionTable: line), 'entry'
    or 'other'."""
    for line in text.splitlines():
        if not line.strip():
            yield "blank", line
        elif line == "ExceptionTable:":
            yield "table", line
        elif HEADER_RE.match(line):
            yield "header", HEADER_RE.match(line)
        elif INSTR_RE.match(line):
            yield "instr", INSTR_RE.match(line)
        elif ENTRY_RE.match(line):
            yield "entry", ENTRY_RE.match(line)
        else:
            yield "other", line
