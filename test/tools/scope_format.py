"""Shared line format of the scope-field tools (scope_fields.py,
json_scope_fields.py, gen_scope_checks.py).

One line per code object, in depth-first pre-order over co_consts (the order
of `kiln show-code --json`):

    code INDEX QUALNAME: name=N firstlineno=N argcount=N posonlyargcount=N
    kwonlyargcount=N nlocals=N flags=0xHEX(NAME|...) varnames=(a, b)
    cellvars=(...) freevars=(...)

(all on one line), then a last line `N code objects`.
"""

# CPython 3.11's CO_* bits (Include/cpython/code.h, compile.h).
FLAG_NAMES = [
    (0x0001, "OPTIMIZED"),
    (0x0002, "NEWLOCALS"),
    (0x0004, "VARARGS"),
    (0x0008, "VARKEYWORDS"),
    (0x0010, "NESTED"),
    (0x0020, "GENERATOR"),
    (0x0040, "NOFREE"),
    (0x0080, "COROUTINE"),
    (0x0100, "ITERABLE_COROUTINE"),
    (0x0200, "ASYNC_GENERATOR"),
    (0x20000, "FUTURE_DIVISION"),
    (0x40000, "FUTURE_ABSOLUTE_IMPORT"),
    (0x80000, "FUTURE_WITH_STATEMENT"),
    (0x100000, "FUTURE_PRINT_FUNCTION"),
    (0x200000, "FUTURE_UNICODE_LITERALS"),
    (0x400000, "FUTURE_BARRY_AS_BDFL"),
    (0x800000, "FUTURE_GENERATOR_STOP"),
    (0x1000000, "FUTURE_ANNOTATIONS"),
]

FIELDS = ["co_name", "co_firstlineno", "co_argcount", "co_posonlyargcount",
          "co_kwonlyargcount", "co_nlocals", "co_flags", "co_varnames",
          "co_cellvars", "co_freevars"]


def format_flags(flags):
    names = [name for bit, name in FLAG_NAMES if flags & bit]
    rest = flags & ~sum(bit for bit, _ in FLAG_NAMES)
    if rest:
        names.append(hex(rest))
    return "%#x(%s)" % (flags, "|".join(names))


def format_names(names):
    return "(" + ", ".join(names) + ")"


def label(index, record):
    """The start of a code object's line, unique within the file."""
    return "code %d %s:" % (index, record["co_qualname"])


def field_groups(record):
    """The rest of the line, as the groups gen_scope_checks.py puts on
    separate CHECK-SAME lines."""
    r = record
    return [
        "name=%s firstlineno=%d" % (r["co_name"], r["co_firstlineno"]),
        "argcount=%d posonlyargcount=%d kwonlyargcount=%d nlocals=%d" % (
            r["co_argcount"], r["co_posonlyargcount"],
            r["co_kwonlyargcount"], r["co_nlocals"]),
        "flags=" + format_flags(r["co_flags"]),
        "varnames=" + format_names(r["co_varnames"]),
        "cellvars=" + format_names(r["co_cellvars"]) +
        " freevars=" + format_names(r["co_freevars"]),
    ]


def format_lines(records):
    lines = [label(i, r) + " " + " ".join(field_groups(r))
             for i, r in enumerate(records)]
    lines.append("%d code objects" % len(records))
    return lines


def cpython_records(path):
    """CPython's code objects of PATH in pre-order, as dicts of the fields."""
    import types
    with open(path, "rb") as f:
        source = f.read()
    module = compile(source, path, "exec", dont_inherit=True)

    def walk(code):
        yield code
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                yield from walk(const)

    return [dict({f: getattr(c, f) for f in FIELDS},
                 co_qualname=c.co_qualname) for c in walk(module)]
