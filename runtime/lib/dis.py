"""Disassembler of Python byte code into mnemonics (Kiln).

Listings, Instruction objects and code_info are CPython 3.11's, byte for
byte. Kiln's co_code has no inline CACHE entries, so this module lays each
code object out as CPython's would be: every instruction followed by its
CACHE entries, jump arguments recomputed over the larger offsets (growing
EXTENDED_ARG prefixes where they need to), the exception table and line
starts moved along. Offsets shown (and Instruction.offset) are therefore
CPython's; the front end supplies positions and the exception table
through _kiln_dis.
"""

import sys
import _kiln_dis

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import _inline_cache_entries, _kinds, _nb_ops

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all


def _sample():
    pass


class _SampleClass:
    def method(self):
        pass


_FunctionType = type(_sample)
_MethodType = type(_SampleClass().method)
_CodeType = type(_sample.__code__)
_have_code = (_MethodType, _FunctionType, _CodeType, classmethod, staticmethod, type)
del _sample, _SampleClass

FORMAT_VALUE = opmap['FORMAT_VALUE']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
CACHE = opmap['CACHE']

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# The argument value of instructions whose meaning dis cannot tell.
UNKNOWN = _Unknown()


# --- Named tuples (collections is not available) ------------------------------------


def _record(typename, fields, defaults=()):
    """A minimal collections.namedtuple: a tuple subclass with the fields
    as read-only properties, keyword construction and namedtuple's repr."""
    fields = tuple(fields.split())
    count = len(fields)
    defaults = tuple(defaults)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > count:
            raise TypeError('%s() takes %d positional arguments but %d were given'
                            % (typename, count, len(values)))
        for name in fields[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif fields.index(name) >= count - len(defaults):
                values.append(defaults[fields.index(name) - (count - len(defaults))])
            else:
                raise TypeError("%s.__new__() missing required argument: '%s'" % (typename, name))
        if kwargs:
            raise TypeError('%s.__new__() got an unexpected keyword argument %r'
                            % (typename, next(iter(kwargs))))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)) + ')'

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        return self.__class__(**{**self._asdict(), **changes})

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__slots__': (), '_fields': fields, '_field_defaults': dict(zip(fields[count - len(defaults):], defaults)),
        '__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
        '__getnewargs__': __getnewargs__, '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, _i=index: tuple.__getitem__(self, _i),
                                   doc='Alias for field number %d' % index)
    cls = type(typename, (tuple,), namespace)
    cls.__module__ = 'dis'
    return cls


Positions = _record('Positions', 'lineno end_lineno col_offset end_col_offset',
                    defaults=(None, None, None, None))

_Instruction = _record(
    '_Instruction',
    'opname opcode arg argval argrepr offset starts_line is_jump_target positions',
    defaults=(None,))

_ExceptionTableEntry = _record('_ExceptionTableEntry', 'start end target depth lasti')


class Instruction(_Instruction):
    """Details for a bytecode operation (CPython's field meanings; offsets
    are CPython's, counting inline caches)."""

    __slots__ = ()

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """One line of a dis listing for this instruction."""
        parts = []
        if lineno_width:
            if self.starts_line is None:
                parts.append(' ' * lineno_width)
            else:
                parts.append(str(self.starts_line).rjust(lineno_width))
        parts.append('-->' if mark_as_current else '   ')
        parts.append('>>' if self.is_jump_target else '  ')
        parts.append(repr(self.offset).rjust(offset_width))
        parts.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            parts.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                parts.append('(' + self.argrepr + ')')
        return ' '.join(parts).rstrip()


# --- Finding the code object ----------------------------------------------------------


def _try_compile(source, name):
    # An expression if it parses as one, else statements.
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def _unwrap_code_holder(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    x = _unwrap_code_holder(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


# --- code_info -----------------------------------------------------------------------


def pretty_flags(flags):
    """The names of the set co_flags bits ("OPTIMIZED, NEWLOCALS")."""
    names = []
    rest = flags
    for bit in range(32):
        flag = 1 << bit
        if rest & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            rest ^= flag
            if not rest:
                return ", ".join(names)
    names.append(hex(rest))
    return ", ".join(names)


def _format_code_info(co):
    out = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        out.append("Constants:")
        out.extend("%4d: %r" % (i, c) for i, c in enumerate(co.co_consts))
    for title, items in (("Names:", co.co_names), ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars),
                         ("Cell variables:", co.co_cellvars)):
        if items:
            out.append(title)
            out.extend("%4d: %s" % (i, name) for i, name in enumerate(items))
    return "\n".join(out)


def code_info(x):
    """The show_code text for x (without a final newline)."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Print code_info(co) to file (sys.stdout by default)."""
    print(code_info(co), file=file)


# --- CPython's layout of a Kiln code object ---------------------------------------------


def _prefixes_needed(arg):
    # EXTENDED_ARG prefixes an argument needs (a negative one is spelled as
    # an unsigned 32-bit value).
    if arg < 0 or arg > 0xFFFFFF:
        return 3
    if arg > 0xFFFF:
        return 2
    if arg > 0xFF:
        return 1
    return 0


def _is_backward(op):
    return _kinds[op] == 'jrel_backward'


def _is_jump(op):
    return _kinds[op] in ('jrel_forward', 'jrel_backward')


class _Layout:
    """A Kiln co_code laid out as CPython's: units is a list of (offset, op,
    arg, position) for every code unit, CACHE entries included (arg None for
    opcodes without one); kiln_to_cpython maps the byte offsets of Kiln's
    instruction starts (and of the end) to CPython's."""

    def __init__(self, code, positions):
        # Kiln's instructions: (first unit, opcode unit, opcode, folded arg).
        instrs = []
        extended = 0
        first = None
        n = len(code) // 2
        for u in range(n):
            op = code[2 * u]
            if first is None:
                first = u
            if op >= HAVE_ARGUMENT:
                arg = code[2 * u + 1] | extended
                extended = arg << 8 if op == EXTENDED_ARG else 0
                if extended >= 1 << 31:
                    extended -= 1 << 32
            else:
                arg = None
                extended = 0
            if op == EXTENDED_ARG and u + 1 < n:
                continue
            instrs.append((first, u, op, arg))
            first = None
        self._instrs = instrs

        # Jump targets as Kiln instruction indexes (by unit).
        start_of_unit = {}
        for index, (first, u, op, arg) in enumerate(instrs):
            for k in range(first, u + 1):
                start_of_unit[k] = index
        targets = {}
        for index, (first, u, op, arg) in enumerate(instrs):
            if arg is not None and _is_jump(op):
                target = u + 1 - arg if _is_backward(op) else u + 1 + arg
                targets[index] = target

        # Prefix counts: grow until every argument fits (CPython's assembler
        # reaches the same fixed point).
        prefixes = []
        for first, u, op, arg in instrs:
            count = u - first
            if arg is not None:
                count = max(count, _prefixes_needed(arg))
            prefixes.append(count)
        args = [arg for first, u, op, arg in instrs]
        while True:
            starts = []
            pos = 0
            for index, (first, u, op, arg) in enumerate(instrs):
                starts.append(pos)
                pos += prefixes[index] + 1 + _inline_cache_entries[op]
            end = pos

            def unit_to_cpython(unit):
                # A Kiln unit (instruction start or end) -> CPython unit.
                if unit in start_of_unit:
                    index = start_of_unit[unit]
                    first, u, op, arg = instrs[index]
                    if unit == first:
                        return starts[index]
                    return starts[index] + prefixes[index] - (u - unit)
                if unit >= n:
                    return end + (unit - n)
                return unit
            changed = False
            for index, target in targets.items():
                first, u, op, arg = instrs[index]
                after = starts[index] + prefixes[index] + 1 + _inline_cache_entries[op]
                to = unit_to_cpython(target)
                new_arg = after - to if _is_backward(op) else to - after
                args[index] = new_arg
                need = _prefixes_needed(new_arg)
                if need > prefixes[index]:
                    prefixes[index] = need
                    changed = True
            if not changed:
                break
        self.unit_to_cpython = unit_to_cpython
        self.code_units = end

        # The units, with positions: prefixes and caches share their
        # instruction's (Kiln's own prefixes keep theirs).
        units = []
        no_position = (None, None, None, None)
        for index, (first, u, op, arg) in enumerate(instrs):
            position = positions[u] if positions is not None and u < len(positions) else no_position
            offset = 2 * starts[index]
            count = prefixes[index]
            arg = args[index]
            kiln_prefixes = u - first
            for k in range(count):
                folded = arg >> (8 * (count - k))
                if arg < 0:
                    folded = (arg & 0xFFFFFFFF) >> (8 * (count - k))
                kiln_unit = u - (count - k)
                p = position
                if positions is not None and kiln_unit >= first and kiln_unit < len(positions):
                    p = positions[kiln_unit]
                units.append((offset, EXTENDED_ARG, folded, p))
                offset += 2
            units.append((offset, op, arg, position))
            for k in range(_inline_cache_entries[op]):
                offset += 2
                units.append((offset, CACHE, None, position))
        self.units = units

    def to_cpython_offset(self, kiln_offset):
        return 2 * self.unit_to_cpython(kiln_offset // 2)


_layouts = {}


def _layout_of(co):
    # Code objects are immutable; lay each out once (keyed by identity, the
    # code object kept alive in the value).
    entry = _layouts.get(id(co))
    if entry is not None and entry[0] is co:
        return entry[1]
    layout = _Layout(co.co_code, _kiln_dis.positions(co))
    _layouts[id(co)] = (co, layout)
    return layout


def _parse_exception_table(co):
    layout = _layout_of(co)
    to = layout.unit_to_cpython
    return [_ExceptionTableEntry(2 * to(start), 2 * to(end), 2 * to(target), depth, lasti)
            for start, end, target, depth, lasti in _kiln_dis.exception_table(co)]


def _line_starts(layout):
    starts = {}
    last = None
    for offset, op, arg, position in layout.units:
        line = position[0]
        if line is not None and line != last:
            starts[offset] = line
            last = line
    return starts


def findlinestarts(code):
    """(offset, line) for each instruction that begins a new source line."""
    return iter(_line_starts(_layout_of(code)).items())


def findlabels(code):
    """The offsets jumps in raw (Kiln) bytecode go to, in order of appearance."""
    labels = []
    for offset, op, arg, position in _Layout(code, None).units:
        if arg is not None and _is_jump(op):
            target = offset + 2 - 2 * arg if _is_backward(op) else offset + 2 + 2 * arg
            if target not in labels:
                labels.append(target)
    return labels


def _labels(layout, exception_entries):
    labels = set()
    for offset, op, arg, position in layout.units:
        if arg is not None and _is_jump(op):
            labels.add(offset + 2 - 2 * arg if _is_backward(op) else offset + 2 + 2 * arg)
    for entry in exception_entries:
        if entry.start < entry.end:
            labels.add(entry.target)
    return labels


def _localsplus_names(co):
    cells = [name for name in co.co_cellvars if name not in co.co_varnames]
    return tuple(co.co_varnames) + tuple(cells) + tuple(co.co_freevars)


def _arg_info(op, arg, offset, co_consts, names, localsplus):
    """(argval, argrepr) of an instruction, as CPython 3.11's dis gives them."""
    kind = _kinds[op]
    if kind == 'const':
        if co_consts is None:
            return UNKNOWN, ''
        value = co_consts[arg]
        return value, repr(value)
    if kind == 'kwnames':
        return UNKNOWN, ''
    if kind == 'name' or kind == 'global':
        index = arg >> 1 if kind == 'global' else arg
        if names is None:
            return UNKNOWN, ''
        value = names[index]
        if kind == 'global' and arg & 1:
            return value, 'NULL + ' + value
        return value, value
    if kind == 'jrel_forward' or kind == 'jrel_backward':
        step = -arg if kind == 'jrel_backward' else arg
        target = offset + 2 + 2 * step + 2 * _inline_cache_entries[op]
        return target, 'to ' + repr(target)
    if kind == 'local' or kind == 'free':
        if localsplus is None:
            return UNKNOWN, ''
        value = localsplus[arg]
        return value, value
    if kind == 'compare':
        return cmp_op[arg], cmp_op[arg]
    if kind == 'format_value':
        conv, text = FORMAT_VALUE_CONVERTERS[arg & 0x3]
        spec = bool(arg & 0x4)
        if spec:
            text = text + ', with format' if text else 'with format'
        return (conv, spec), text
    if kind == 'make_function':
        return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS)
                              if arg & (1 << bit))
    if kind == 'binary_op':
        return arg, _nb_ops[arg][1]
    return arg, ''


def _instructions(layout, co_consts=None, names=None, localsplus=None, linestarts=None,
                  line_offset=0, exception_entries=(), show_caches=False):
    labels = _labels(layout, exception_entries)
    linestarts = linestarts or {}
    for offset, op, arg, position in layout.units:
        if op == CACHE and arg is None:
            if show_caches:
                yield Instruction('CACHE', CACHE, 0, None, '', offset, None, False,
                                  Positions(*position))
            continue
        line = linestarts.get(offset)
        if line is not None:
            line += line_offset
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _arg_info(op, arg, offset, co_consts, names, localsplus)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, line,
                          offset in labels, Positions(*position))


def _code_instructions(co, line_offset=0, show_caches=False, handlers_are_targets=True):
    # (get_instructions does not count exception handlers as jump targets;
    # Bytecode and the listings do.)
    layout = _layout_of(co)
    entries = _parse_exception_table(co) if handlers_are_targets else ()
    return _instructions(layout, co.co_consts, co.co_names, _localsplus_names(co),
                         _line_starts(layout), line_offset, entries, show_caches)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code of x (a function,
    method, generator, code object or source string). Line numbers are
    shifted so that the first line is first_line, when given."""
    co = _get_code_object(x)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    return _code_instructions(co, line_offset, show_caches, handlers_are_targets=False)


# --- Printing --------------------------------------------------------------------


def _print_listing(layout, instructions, linestarts, exception_entries, lasti=-1,
                   line_offset=0, file=None):
    if linestarts:
        top = max(linestarts.values()) + line_offset
        lineno_width = len(str(top)) if top >= 1000 else 3
    else:
        lineno_width = 0
    last_offset = 2 * layout.code_units - 2
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instr in instructions:
        if linestarts and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, instr.offset == lasti, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for entry in exception_entries:
            lasti_text = " lasti" if entry.lasti else ""
            print(f"  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{lasti_text}",
                  file=file)


def _disassemble_code(co, lasti=-1, file=None, show_caches=False, line_offset=0):
    layout = _layout_of(co)
    linestarts = _line_starts(layout)
    entries = _parse_exception_table(co)
    instrs = _instructions(layout, co.co_consts, co.co_names, _localsplus_names(co),
                           linestarts, line_offset, entries, show_caches)
    _print_listing(layout, instrs, linestarts, entries, lasti, line_offset, file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Print the listing of one code object, marking offset lasti."""
    _disassemble_code(co, lasti, file, show_caches)


disco = disassemble  # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches)
    if depth is not None and depth <= 0:
        return
    inner_depth = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=inner_depth, show_caches=show_caches)


def _disassemble_bytes(code, lasti=-1, *, file=None, show_caches=False):
    # Raw bytes are Kiln co_code: no names, constants or positions.
    layout = _Layout(code, None)
    instrs = _instructions(layout, show_caches=show_caches)
    _print_listing(layout, instrs, {}, (), lasti, 0, file)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Print the disassembly of x: a function, method, generator, coroutine,
    code object, class or module (each of their functions), source string
    or raw bytecode; the last traceback's code when x is None."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap_code_holder(x)
    if hasattr(x, '__dict__'):
        # A class or module: each of its code-bearing attributes, by name.
        for name, value in sorted(x.__dict__.items()):
            if isinstance(value, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(value, file=file, depth=depth, show_caches=show_caches)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the innermost frame of tb (sys.last_traceback by default)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    co = tb.tb_frame.f_code
    disassemble(co, _cpython_lasti(tb), file=file, show_caches=show_caches)


def _cpython_lasti(tb):
    # tb_lasti is a Kiln offset. A frame that was calling another Python
    # frame has, in CPython, its last instruction on the CALL's last cache
    # entry (so no instruction is marked as current).
    layout = _layout_of(tb.tb_frame.f_code)
    offset = layout.to_cpython_offset(tb.tb_lasti)
    if tb.tb_next is not None:
        for unit_offset, op, arg, position in layout.units:
            if unit_offset == offset:
                if op == opmap['CALL']:
                    offset += 2 * _inline_cache_entries[op]
                break
    return offset


class Bytecode:
    """The instructions of some code (anything get_instructions accepts);
    iterating yields Instruction objects, dis() gives the listing text."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = _line_starts(_layout_of(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        return _code_instructions(self.codeobj, self._line_offset, self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of the innermost frame of tb, at its current instruction."""
        while tb.tb_next:
            tb = tb.tb_next
        co = tb.tb_frame.f_code
        return cls(co, current_offset=_layout_of(co).to_cpython_offset(tb.tb_lasti),
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info of the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The dis listing as a string."""
        lines = []

        class _Collector:
            def write(self, text):
                lines.append(text)

        offset = -1 if self.current_offset is None else self.current_offset
        co = self.codeobj
        layout = _layout_of(co)
        instrs = _instructions(layout, co.co_consts, co.co_names, _localsplus_names(co),
                               self._linestarts, self._line_offset, self.exception_entries,
                               self.show_caches)
        _print_listing(layout, instrs, self._linestarts, self.exception_entries, offset,
                       self._line_offset, _Collector())
        return ''.join(lines)


def _test():
    """Disassemble the file named on the command line."""
    name = sys.argv[1] if len(sys.argv) > 1 else None
    if name is None:
        source, name = sys.stdin.read(), '<stdin>'
    else:
        with open(name, 'rb') as f:
            source = f.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
