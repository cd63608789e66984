# Printing and formatting of exceptions and stacks, with the runtime's own
# report (the text an uncaught exception prints) from _traceback.
import sys
import _traceback

__all__ = ["print_exc", "format_exc", "print_exception", "format_exception",
           "format_exception_only", "print_tb", "format_tb", "extract_tb",
           "extract_stack", "format_stack", "print_stack", "format_list",
           "print_list", "FrameSummary", "StackSummary", "walk_stack", "walk_tb",
           "clear_frames", "TracebackException", "print_last"]

_sentinel = object()


_CHAIN_LINES = (
    "The above exception was the direct cause of the following exception:\n",
    "During handling of the above exception, another exception occurred:\n",
)


def _chunks(text):
    # The report split as CPython's lists are: the title, one string per
    # stack entry (its source and caret lines included), the chain messages
    # with their blank lines, then one string per remaining line.
    lines = text.splitlines(keepends=True)
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("    ") and out and out[-1].startswith("  File "):
            out[-1] += line
        elif line == "\n" and i + 2 < len(lines) and lines[i + 1] in _CHAIN_LINES:
            out.append(line + lines[i + 1] + lines[i + 2])
            i += 2
        else:
            out.append(line)
        i += 1
    return out


def _exc_from_args(exc, value, name):
    if value is not _sentinel:
        exc = value
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exc_from_args(exc, value, "format_exception")
    if exc is None:
        return ["NoneType: None\n"]
    if tb is not _sentinel and tb is not None and exc.__traceback__ is not tb:
        exc = exc.with_traceback(tb)
    return _chunks(_traceback.format_exception(exc, chain))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exc_from_args(exc, value, "format_exception_only")
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format_exception_only(exc).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    if tb is None:
        return []
    return _chunks(_traceback.format_tb(tb))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for chunk in format_tb(tb, limit):
        print(chunk, file=file, end="")


class FrameSummary:
    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


_lines_cache = {}


def _source_line(filename, lineno):
    lines = _lines_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            lines = []
        _lines_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


class StackSummary(list):
    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for fs in self:
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += "    {}\n".format(fs.line)
            out.append(row)
        return out


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _summary(pairs, limit):
    result = StackSummary()
    for frame, lineno in pairs:
        co = frame.f_code
        result.append(FrameSummary(co.co_filename, lineno, co.co_name))
    if limit is not None:
        result = StackSummary(result[:limit] if limit >= 0 else result[limit:])
    return result


def extract_tb(tb, limit=None):
    return _summary(walk_tb(tb), limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = _summary(walk_stack(f), None)
    stack.reverse()
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__notes__ = getattr(exc_value, "__notes__", None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception(self._exc, chain=chain)

    def format_exception_only(self):
        if self._exc is None:
            yield "NoneType: None\n"
            return
        yield from format_exception_only(self._exc)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def __str__(self):
        return str(self._exc)
