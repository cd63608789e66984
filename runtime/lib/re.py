"""Regular expressions (Kiln's `re`, written in Python).

A parser from the pattern text to a small tree, a compiler from the tree to a
list of instructions, and a backtracking machine that keeps its choice points
and undo records on an explicit stack (so long subjects do not recurse). The
module follows CPython 3.11's syntax, results, reprs and error messages for
everyday use: str and bytes patterns, groups, named groups, backreferences,
lookaround, atomic groups, possessive and lazy quantifiers, conditionals,
inline and scoped flags, and the search/sub/split API with 3.7+ rules for
empty matches.
"""

import enum
import sys

_MappingProxyType = type(type.__dict__)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'template', 'escape', 'error', 'Pattern',
           'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG',
           'RegexFlag']

__version__ = '2.2.1'

_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823


# --- flags --------------------------------------------------------------------------------

_FLAG_ORDER = ('ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL',
               'VERBOSE', 'TEMPLATE', 'DEBUG')


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if value < 0:
            value = ~value
            prefix = '~'
        else:
            prefix = ''
        names = []
        for name in _FLAG_ORDER:
            bit = _FLAG_VALUES[name]
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        if not names:
            return 're.NOFLAG'
        text = '|'.join(names)
        if prefix:
            return '~(%s)' % text if len(names) > 1 else '~' + text
        return text

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


RegexFlag.__module__ = 're'

_FLAG_VALUES = {'ASCII': 256, 'IGNORECASE': 2, 'LOCALE': 4, 'UNICODE': 32,
                'MULTILINE': 8, 'DOTALL': 16, 'VERBOSE': 64, 'TEMPLATE': 1,
                'DEBUG': 128}

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_F_TEMPLATE = 1
_F_IGNORECASE = 2
_F_LOCALE = 4
_F_MULTILINE = 8
_F_DOTALL = 16
_F_UNICODE = 32
_F_VERBOSE = 64
_F_DEBUG = 128
_F_ASCII = 256

_INLINE_FLAGS = {'i': _F_IGNORECASE, 'L': _F_LOCALE, 'm': _F_MULTILINE, 's': _F_DOTALL,
                 'x': _F_VERBOSE, 'a': _F_ASCII, 't': _F_TEMPLATE, 'u': _F_UNICODE}
_TYPE_FLAGS = _F_ASCII | _F_LOCALE | _F_UNICODE
_GLOBAL_FLAGS = _F_DEBUG | _F_TEMPLATE


# --- errors -------------------------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'
PatternError = error


# --- character tests ----------------------------------------------------------------------

def _lower(ch):
    low = ch.lower()
    return low if len(low) == 1 else ch


def _upper(ch):
    up = ch.upper()
    return up if len(up) == 1 else ch


def _fold(ch):
    """The case-insensitive comparison key of one character."""
    if ch < '\x80':
        if 'A' <= ch <= 'Z':
            return chr(ord(ch) + 32)
        return ch
    if ch == '\u0130':
        return 'i'
    return _lower(_upper(ch))


def _lower_ascii(ch):
    if 'A' <= ch <= 'Z':
        return chr(ord(ch) + 32)
    return ch


def _upper_ascii(ch):
    if 'a' <= ch <= 'z':
        return chr(ord(ch) - 32)
    return ch


def _is_word(ch):
    return ch == '_' or ch.isalnum()


def _is_word_ascii(ch):
    return ch < '\x80' and (ch == '_' or ch.isalnum())


def _is_digit(ch):
    return ch.isdecimal()


def _is_digit_ascii(ch):
    return '0' <= ch <= '9'


def _is_space(ch):
    return ch.isspace()


def _is_space_ascii(ch):
    return ch in ' \t\n\r\f\v'


def _not(fn):
    return lambda ch: not fn(ch)


_CATEGORIES = {
    'd': (_is_digit, _is_digit_ascii),
    'w': (_is_word, _is_word_ascii),
    's': (_is_space, _is_space_ascii),
}


def _category(letter, ascii_only):
    fn = _CATEGORIES[letter.lower()][1 if ascii_only else 0]
    if letter.isupper():
        return _not(fn)
    return fn


# --- instructions -------------------------------------------------------------------------

# single-character matchers (also used inside STAR)
_CHAR = 0       # (op, ch)
_ANY = 1        # (op,)
_ANYALL = 2     # (op,)
_SETC = 3       # (op, frozenset, negate)
_SETF = 4       # (op, predicate)
_CHARI = 5      # (op, lower, upper, fold)
# the rest
_STR = 6        # (op, text)
_SPLIT = 10     # (op, first, second)
_JMP = 11       # (op, target)
_SAVE = 12      # (op, index)
_MATCH = 13
_SUCCEED = 14
_AT = 15        # (op, kind)
_BACKREF = 16   # (op, group, ignorecase, ascii)
_REPINIT = 17   # (op, reg)
_REPHEAD = 18   # (op, reg, min, max, greedy, exit)
_REPINC = 19    # (op, reg, head)
_STAR = 20      # (op, matcher, min, max, greedy)
_LOOK = 21      # (op, behind_width_or_-1, negate, next)
_ATOMIC = 22    # (op, next)
_GROUPEXISTS = 23  # (op, group, else)
_FAIL = 24

# undo/choice records
_BT_CHOICE = 0
_BT_CAP = 1
_BT_REG = 2
_BT_LAST = 3
_BT_STARG = 4
_BT_STARL = 5
_BT_LAZYREP = 6

# anchors
_AT_BEGIN = 0
_AT_BEGIN_LINE = 1
_AT_END = 2
_AT_END_LINE = 3
_AT_BEGIN_STRING = 4
_AT_END_STRING = 5
_AT_BOUNDARY = 6
_AT_NON_BOUNDARY = 7
_AT_BOUNDARY_A = 8
_AT_NON_BOUNDARY_A = 9


def _test_one(op, ch):
    """Whether the single-character matcher op accepts ch."""
    kind = op[0]
    if kind == _CHAR:
        return ch == op[1]
    if kind == _ANY:
        return ch != '\n'
    if kind == _ANYALL:
        return True
    if kind == _SETC:
        return (ch in op[1]) != op[2]
    if kind == _SETF:
        return op[1](ch)
    # _CHARI
    return ch == op[1] or ch == op[2] or op[3](ch)


def _count(op, s, pos, limit):
    """How many characters from pos (up to limit) op accepts in a row."""
    kind = op[0]
    if kind == _ANYALL:
        return limit - pos
    if kind == _ANY:
        nl = s.find('\n', pos, limit)
        return (limit if nl < 0 else nl) - pos
    i = pos
    if kind == _CHAR:
        c = op[1]
        while i < limit and s[i] == c:
            i += 1
    elif kind == _SETC:
        chars = op[1]
        if op[2]:
            while i < limit and s[i] not in chars:
                i += 1
        else:
            while i < limit and s[i] in chars:
                i += 1
    elif kind == _SETF:
        fn = op[1]
        while i < limit and fn(s[i]):
            i += 1
    else:
        while i < limit and _test_one(op, s[i]):
            i += 1
    return i - pos


class _State:
    __slots__ = ('string', 'end', 'caps', 'regs', 'code', 'lastindex', 'full',
                 'must_advance', 'start')


def _at(kind, s, pos, end):
    if kind == _AT_BEGIN or kind == _AT_BEGIN_STRING:
        return pos == 0
    if kind == _AT_BEGIN_LINE:
        return pos == 0 or s[pos - 1] == '\n'
    if kind == _AT_END:
        return pos == end or (pos == end - 1 and s[pos] == '\n')
    if kind == _AT_END_LINE:
        return pos == end or s[pos] == '\n'
    if kind == _AT_END_STRING:
        return pos == end
    if end == 0:
        return False
    if kind == _AT_BOUNDARY or kind == _AT_NON_BOUNDARY:
        word = _is_word
    else:
        word = _is_word_ascii
    before = pos > 0 and word(s[pos - 1])
    after = pos < end and word(s[pos])
    if kind == _AT_BOUNDARY or kind == _AT_BOUNDARY_A:
        return before != after
    return before == after


def _run(st, pc, pos):
    """Run the machine from pc at pos; the end position of the first success,
    or -1. Captures stay in st.caps on success."""
    code = st.code
    s = st.string
    end = st.end
    caps = st.caps
    regs = st.regs
    stack = []
    push = stack.append
    while True:
        op = code[pc]
        kind = op[0]
        if kind == _CHAR:
            if pos < end and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif kind == _STR:
            text = op[1]
            if s.startswith(text, pos, end):
                pos += len(text)
                pc += 1
                continue
        elif kind == _STAR:
            one = op[1]
            low = op[2]
            high = op[3]
            limit = end if high is None or pos + high > end else pos + high
            if op[4]:
                n = _count(one, s, pos, limit)
                if n >= low:
                    if n > low:
                        push((_BT_STARG, pc + 1, pos + low, pos + n - 1))
                    pos += n
                    pc += 1
                    continue
            else:
                n = _count(one, s, pos, min(pos + low, end)) if low else 0
                if n >= low:
                    pos += n
                    if pos < limit:
                        push((_BT_STARL, pc + 1, one, pos, limit))
                    pc += 1
                    continue
        elif kind == _SPLIT:
            push((_BT_CHOICE, op[2], pos))
            pc = op[1]
            continue
        elif kind == _JMP:
            pc = op[1]
            continue
        elif kind == _SAVE:
            idx = op[1]
            push((_BT_CAP, idx, caps[idx]))
            caps[idx] = pos
            if idx & 1:
                push((_BT_LAST, st.lastindex))
                st.lastindex = idx >> 1
            pc += 1
            continue
        elif kind == _ANY:
            if pos < end and s[pos] != '\n':
                pos += 1
                pc += 1
                continue
        elif kind == _ANYALL:
            if pos < end:
                pos += 1
                pc += 1
                continue
        elif kind == _SETC:
            if pos < end and (s[pos] in op[1]) != op[2]:
                pos += 1
                pc += 1
                continue
        elif kind == _SETF:
            if pos < end and op[1](s[pos]):
                pos += 1
                pc += 1
                continue
        elif kind == _CHARI:
            if pos < end:
                ch = s[pos]
                if ch == op[1] or ch == op[2] or op[3](ch):
                    pos += 1
                    pc += 1
                    continue
        elif kind == _REPINIT:
            r = op[1]
            push((_BT_REG, r, regs[r]))
            push((_BT_REG, r + 1, regs[r + 1]))
            regs[r] = 0
            regs[r + 1] = -1
            pc += 1
            continue
        elif kind == _REPHEAD:
            r = op[1]
            count = regs[r]
            if count < op[2]:
                pc += 1
                continue
            high = op[3]
            if (high is None or count < high) and pos != regs[r + 1]:
                if op[4]:
                    push((_BT_CHOICE, op[5], pos))
                    push((_BT_REG, r + 1, regs[r + 1]))
                    regs[r + 1] = pos
                    pc += 1
                else:
                    push((_BT_LAZYREP, r, pc + 1, pos))
                    pc = op[5]
                continue
            pc = op[5]
            continue
        elif kind == _REPINC:
            r = op[1]
            push((_BT_REG, r, regs[r]))
            regs[r] += 1
            pc = op[2]
            continue
        elif kind == _MATCH:
            if not ((st.full and pos != end) or (st.must_advance and pos == st.start)):
                return pos
        elif kind == _SUCCEED:
            return pos
        elif kind == _AT:
            if _at(op[1], s, pos, end):
                pc += 1
                continue
        elif kind == _BACKREF:
            g = op[1]
            a = caps[2 * g]
            b = caps[2 * g + 1]
            if a >= 0 and b >= 0:
                n = b - a
                if pos + n <= end:
                    if op[2]:
                        low = _lower_ascii if op[3] else _lower
                        i = 0
                        while i < n and low(s[a + i]) == low(s[pos + i]):
                            i += 1
                        ok = i == n
                    else:
                        ok = s.startswith(s[a:b], pos, end) if n else True
                    if ok:
                        pos += n
                        pc += 1
                        continue
        elif kind == _LOOK:
            width = op[1]
            if width >= 0:
                start = pos - width
                if start < 0:
                    if op[2]:
                        pc = op[3]
                        continue
                    start = -1
            else:
                start = pos
            if start >= 0:
                saved = list(caps)
                saved_last = st.lastindex
                got = _run(st, pc + 1, start)
                if op[2]:
                    if got < 0:
                        pc = op[3]
                        continue
                    caps[:] = saved
                    st.lastindex = saved_last
                else:
                    if got >= 0:
                        for i in range(len(caps)):
                            if caps[i] != saved[i]:
                                push((_BT_CAP, i, saved[i]))
                        if st.lastindex != saved_last:
                            push((_BT_LAST, saved_last))
                        pc = op[3]
                        continue
        elif kind == _ATOMIC:
            saved = list(caps)
            saved_last = st.lastindex
            got = _run(st, pc + 1, pos)
            if got >= 0:
                for i in range(len(caps)):
                    if caps[i] != saved[i]:
                        push((_BT_CAP, i, saved[i]))
                if st.lastindex != saved_last:
                    push((_BT_LAST, saved_last))
                pos = got
                pc = op[1]
                continue
        elif kind == _GROUPEXISTS:
            g = op[1]
            if caps[2 * g] >= 0 and caps[2 * g + 1] >= 0:
                pc += 1
            else:
                pc = op[2]
            continue
        # failure: unwind to the latest choice point
        while stack:
            rec = stack.pop()
            t = rec[0]
            if t == _BT_CAP:
                caps[rec[1]] = rec[2]
            elif t == _BT_STARG:
                pos = rec[3]
                if pos > rec[2]:
                    push((_BT_STARG, rec[1], rec[2], pos - 1))
                pc = rec[1]
                break
            elif t == _BT_CHOICE:
                pc = rec[1]
                pos = rec[2]
                break
            elif t == _BT_REG:
                regs[rec[1]] = rec[2]
            elif t == _BT_LAST:
                st.lastindex = rec[1]
            elif t == _BT_STARL:
                pos = rec[3]
                if _test_one(rec[2], s[pos]):
                    pos += 1
                    if pos < rec[4]:
                        push((_BT_STARL, rec[1], rec[2], pos, rec[4]))
                    pc = rec[1]
                    break
            else:  # _BT_LAZYREP
                r = rec[1]
                pos = rec[3]
                high = code[rec[2] - 1][3]
                if (high is None or regs[r] < high) and pos != regs[r + 1]:
                    push((_BT_REG, r + 1, regs[r + 1]))
                    regs[r + 1] = pos
                    pc = rec[2]
                    break
        else:
            return -1


# --- parser -------------------------------------------------------------------------------

_REPEAT_CHARS = frozenset('*+?{')
_WHITESPACE = frozenset(' \t\n\r\v\f')
_DIGITS = frozenset('0123456789')
_OCTDIGITS = frozenset('01234567')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_ASCII_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}

# tree nodes: ('one', op) ('seq', [nodes]) ('alt', [nodes]) ('group', g, node)
# ('rep', min, max, mode, node) mode 0 greedy 1 lazy 2 possessive ('at', kind)
# ('bref', g) ('look', behind, negate, node) ('atomic', node) ('cond', g, yes, no)


class _Parser:

    def __init__(self, pattern, text, flags, is_bytes):
        self.pattern = pattern      # the original object (for errors)
        self.p = text
        self.n = len(text)
        self.i = 0
        self.flags = flags
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.lookbehind_groups = None
        self.cond_refs = []

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    # -- top level

    def parse(self):
        try:
            return self.parse_all()
        except error as exc:
            # CPython's tokenizer looks one token ahead, so a lone trailing
            # backslash is reported as soon as the token before it is read.
            p = self.p
            i = 0
            prev = 0
            while i < self.n:
                if p[i] == '\\':
                    if i + 1 >= self.n:
                        if self.i > prev:
                            raise self.error('bad escape (end of pattern)', i) from None
                        break
                    prev = i
                    i += 2
                else:
                    prev = i
                    i += 1
            raise

    def parse_all(self):
        node = self.parse_alt(self.flags, True)
        if self.i < self.n:
            raise self.error('unbalanced parenthesis', self.i)
        for g, pos in self.cond_refs:
            if g > self.ngroups:
                raise self.error('invalid group reference %d' % g, pos)
        return node

    def parse_alt(self, flags, top=False):
        branches = []
        first = top
        while True:
            node, flags = self.parse_seq(flags, first)
            first = False
            branches.append(node)
            if self.i < self.n and self.p[self.i] == '|':
                self.i += 1
                continue
            break
        if len(branches) == 1:
            return branches[0]
        return ('alt', branches)

    def skip_verbose(self):
        p = self.p
        n = self.n
        while self.i < n:
            c = p[self.i]
            if c in _WHITESPACE:
                self.i += 1
            elif c == '#':
                while self.i < n and p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse_seq(self, flags, first):
        items = []
        p = self.p
        n = self.n
        while True:
            if flags & _F_VERBOSE:
                self.skip_verbose()
            if self.i >= n:
                break
            c = p[self.i]
            if c == '|' or c == ')':
                break
            start = self.i
            if c in _REPEAT_CHARS:
                if not self.parse_repeat(items, flags):
                    self.i = start + 1
                    items.append(('one', self.char_op(c, flags)))
                continue
            self.i += 1
            if c == '(':
                res = self.parse_group(start, flags, first and not items)
                if res is None:
                    continue
                if res[0] == 'flags':
                    flags = res[1]
                    continue
                items.append(res)
            elif c == '[':
                items.append(('one', self.parse_class(start, flags)))
            elif c == '.':
                items.append(('one', (_ANYALL,) if flags & _F_DOTALL else (_ANY,)))
            elif c == '^':
                items.append(('at', _AT_BEGIN_LINE if flags & _F_MULTILINE else _AT_BEGIN))
            elif c == '$':
                items.append(('at', _AT_END_LINE if flags & _F_MULTILINE else _AT_END))
            elif c == '\\':
                items.append(self.parse_escape(start, flags))
            else:
                items.append(('one', self.char_op(c, flags)))
        if len(items) == 1:
            return items[0], flags
        return ('seq', items), flags

    # -- repeats

    def parse_repeat(self, items, flags):
        p = self.p
        start = self.i
        c = p[start]
        if c == '{':
            j = start + 1
            if j < self.n and p[j] == '}':
                return False
            lo_start = j
            while j < self.n and p[j] in _DIGITS:
                j += 1
            lo = p[lo_start:j]
            if j < self.n and p[j] == ',':
                j += 1
                hi_start = j
                while j < self.n and p[j] in _DIGITS:
                    j += 1
                hi = p[hi_start:j]
            else:
                hi = lo
            if j >= self.n or p[j] != '}':
                return False
            j += 1
            low = 0
            high = None
            if lo:
                low = int(lo)
                if low >= _MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
            if hi:
                high = int(hi)
                if high >= _MAXREPEAT:
                    raise OverflowError('the repetition number is too large')
                if high < low:
                    raise self.error('min repeat greater than max repeat', start + 1)
            self.i = j
        else:
            self.i = start + 1
            if c == '*':
                low, high = 0, None
            elif c == '+':
                low, high = 1, None
            else:
                low, high = 0, 1
        if not items or items[-1][0] == 'at':
            raise self.error('nothing to repeat', start)
        if items[-1][0] == 'rep':
            raise self.error('multiple repeat', start)
        mode = 0
        if self.i < self.n:
            if p[self.i] == '?':
                self.i += 1
                mode = 1
            elif p[self.i] == '+':
                self.i += 1
                mode = 2
        items[-1] = ('rep', low, high, mode, items[-1])
        return True

    # -- literals

    def char_op(self, c, flags):
        if flags & _F_IGNORECASE:
            if self.is_bytes or flags & _F_ASCII:
                lo = _lower_ascii(c)
                up = _upper_ascii(c)
                if lo != up:
                    return (_SETC, frozenset((lo, up)), False)
                return (_CHAR, c)
            if c >= '\x80' or c in _ASCII_LETTERS:
                return (_CHARI, _lower(c), _upper(c), _fold_test(_fold(c)))
        return (_CHAR, c)

    def ascii_mode(self, flags):
        return self.is_bytes or bool(flags & _F_ASCII)

    def parse_hex(self, start, count, letter):
        p = self.p
        j = self.i
        while j < self.n and j - self.i < count and p[j] in _HEXDIGITS:
            j += 1
        digits = p[self.i:j]
        self.i = j
        if len(digits) != count:
            raise self.error('incomplete escape \\%s%s' % (letter, digits), start)
        return int(digits, 16)

    def parse_char_escape(self, start, c, in_class):
        """Escapes that stand for one character (c follows the backslash and
        has been consumed); returns the character."""
        p = self.p
        if c == 'x':
            return chr(self.parse_hex(start, 2, 'x'))
        if c == 'u' and not self.is_bytes:
            return chr(self.parse_hex(start, 4, 'u'))
        if c == 'U' and not self.is_bytes:
            value = self.parse_hex(start, 8, 'U')
            if value > 0x10FFFF:
                raise self.error('bad escape %s' % p[start:self.i], start)
            return chr(value)
        if c == 'N' and not self.is_bytes:
            if self.i >= self.n or p[self.i] != '{':
                raise self.error('missing {', self.i)
            close = p.find('}', self.i + 1)
            if close < 0:
                raise self.error('missing }, unterminated name', self.i + 1)
            name = p[self.i + 1:close]
            if not name:
                raise self.error('missing character name', self.i + 1)
            try:
                import unicodedata
                ch = unicodedata.lookup(name)
            except (ImportError, KeyError):
                raise self.error('undefined character name %r' % name, start) from None
            self.i = close + 1
            return ch
        if c == '0' or (in_class and c in _OCTDIGITS):
            j = self.i
            while j < self.n and j - self.i < 2 and p[j] in _OCTDIGITS:
                j += 1
            digits = c + p[self.i:j]
            self.i = j
            value = int(digits, 8)
            if value > 0o377:
                raise self.error('octal escape value \\%s outside of range 0-0o377'
                                 % digits, start)
            return chr(value)
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c in _ASCII_LETTERS or c in _DIGITS:
            raise self.error('bad escape \\%s' % c, start)
        return c

    def parse_escape(self, start, flags):
        p = self.p
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return ('one', (_SETF, _category(c, self.ascii_mode(flags))))
        if c == 'b':
            return ('at', _AT_BOUNDARY_A if self.ascii_mode(flags) else _AT_BOUNDARY)
        if c == 'B':
            return ('at', _AT_NON_BOUNDARY_A if self.ascii_mode(flags) else _AT_NON_BOUNDARY)
        if c == 'A':
            return ('at', _AT_BEGIN_STRING)
        if c == 'Z':
            return ('at', _AT_END_STRING)
        if c in _DIGITS and c != '0':
            j = self.i
            if j < self.n and p[j] in _DIGITS:
                if (c in _OCTDIGITS and p[j] in _OCTDIGITS and j + 1 < self.n
                        and p[j + 1] in _OCTDIGITS):
                    digits = p[start + 1:j + 2]
                    self.i = j + 2
                    value = int(digits, 8)
                    if value > 0o377:
                        raise self.error('octal escape value \\%s outside of range '
                                         '0-0o377' % digits, start)
                    return ('one', self.char_op(chr(value), flags))
                j += 1
            self.i = j
            g = int(p[start + 1:j])
            return self.group_ref(g, start, start + 1, flags)
        return ('one', self.char_op(self.parse_char_escape(start, c, False), flags))

    def group_ref(self, g, start, numpos, flags):
        if g > self.ngroups:
            raise self.error('invalid group reference %d' % g, numpos)
        if g in self.open:
            raise self.error('cannot refer to an open group', start)
        self.check_lookbehind_group(g, self.i)
        return ('bref', g, bool(flags & _F_IGNORECASE), self.ascii_mode(flags))

    def check_lookbehind_group(self, g, pos):
        if self.lookbehind_groups is not None:
            if g >= self.lookbehind_groups:
                raise self.error('cannot refer to group defined in the same '
                                 'lookbehind subpattern', pos)

    # -- character classes

    def parse_class(self, start, flags):
        p = self.p
        n = self.n
        negate = False
        if self.i < n and p[self.i] == '^':
            negate = True
            self.i += 1
        chars = []
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= n:
                raise self.error('unterminated character set', start)
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo = self.class_item()
            if self.i < n and p[self.i] == '-':
                self.i += 1
                if self.i >= n:
                    raise self.error('unterminated character set', start)
                if p[self.i] == ']':
                    self.add_class_item(lo, chars, cats)
                    chars.append('-')
                    continue
                hi = self.class_item()
                if not isinstance(lo, str) or not isinstance(hi, str) or hi < lo:
                    raise self.error('bad character range %s' % p[item_start:self.i],
                                     item_start)
                if lo == hi:
                    chars.append(lo)
                else:
                    ranges.append((lo, hi))
                continue
            self.add_class_item(lo, chars, cats)
        return _make_set(chars, ranges, cats, negate, flags & _F_IGNORECASE,
                         self.ascii_mode(flags))

    @staticmethod
    def add_class_item(item, chars, cats):
        if isinstance(item, str):
            chars.append(item)
        else:
            cats.append(item)

    def class_item(self):
        p = self.p
        c = p[self.i]
        start = self.i
        self.i += 1
        if c != '\\':
            return c
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', start)
        c = p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return (c,)
        if c == 'b':
            return '\b'
        return self.parse_char_escape(start, c, True)

    # -- groups

    def token(self, i):
        """The token at i: one character or a backslash escape."""
        if self.p[i] == '\\':
            if i + 1 >= self.n:
                raise self.error('bad escape (end of pattern)', i)
            return self.p[i:i + 2]
        return self.p[i]

    def read_name(self, terminator, msg_unterminated):
        p = self.p
        name_start = self.i
        i = name_start
        while True:
            if i >= self.n:
                if i == name_start:
                    raise self.error('missing group name', name_start)
                raise self.error(msg_unterminated, name_start)
            tok = self.token(i)
            if tok == terminator:
                break
            i += len(tok)
        name = p[name_start:i]
        self.i = i + 1
        if not name:
            raise self.error('missing group name', name_start)
        return name, name_start

    def check_name(self, name, name_start):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, name_start)

    def expect_close(self, start, msg='missing ), unterminated subpattern'):
        if self.i >= self.n or self.p[self.i] != ')':
            raise self.error(msg, start)
        self.i += 1

    def new_group(self, name=None, name_start=0):
        self.ngroups += 1
        g = self.ngroups
        if g >= _MAXGROUPS:
            raise self.error('too many groups', name_start)
        if name is not None:
            old = self.names.get(name)
            if old is not None:
                raise self.error('redefinition of group name %r as group %d; was group %d'
                                 % (name, g, old), name_start)
            self.names[name] = g
        return g

    def capture(self, g, start, flags):
        self.open.append(g)
        body = self.parse_alt(flags)
        self.expect_close(start)
        self.open.remove(g)
        return ('group', g, body)

    def parse_group(self, start, flags, at_start):
        p = self.p
        n = self.n
        if self.i >= n or p[self.i] != '?':
            return self.capture(self.new_group(), start, flags)
        self.i += 1
        if self.i >= n:
            raise self.error('unexpected end of pattern', self.i)
        c = p[self.i]
        self.i += 1
        if c == ':':
            body = self.parse_alt(flags)
            self.expect_close(start)
            return ('seq', [body])
        if c == 'P':
            if self.i >= n:
                raise self.error('unexpected end of pattern', self.i)
            c2 = p[self.i]
            self.i += 1
            if c2 == '<':
                name, name_start = self.read_name('>', 'missing >, unterminated name')
                self.check_name(name, name_start)
                g = self.new_group(name, name_start)
                return self.capture(g, start, flags)
            if c2 == '=':
                name, name_start = self.read_name(')', 'missing ), unterminated name')
                self.check_name(name, name_start)
                g = self.names.get(name)
                if g is None:
                    raise self.error('unknown group name %r' % name, name_start)
                if g in self.open:
                    raise self.error('cannot refer to an open group', name_start)
                self.check_lookbehind_group(g, self.i)
                return ('bref', g, bool(flags & _F_IGNORECASE), self.ascii_mode(flags))
            raise self.error('unknown extension ?P' + self.token(self.i - 1), start + 1)
        if c == '=' or c == '!':
            body = self.parse_alt(flags)
            self.expect_close(start)
            return ('look', False, c == '!', body)
        if c == '<':
            if self.i >= n:
                raise self.error('unexpected end of pattern', self.i)
            c2 = p[self.i]
            self.i += 1
            if c2 != '=' and c2 != '!':
                raise self.error('unknown extension ?<' + self.token(self.i - 1), start + 1)
            saved = self.lookbehind_groups
            if saved is None:
                self.lookbehind_groups = self.ngroups + 1
            body = self.parse_alt(flags)
            self.lookbehind_groups = saved
            self.expect_close(start)
            return ('look', True, c2 == '!', body)
        if c == '#':
            while True:
                if self.i >= n:
                    raise self.error('missing ), unterminated comment', start)
                tok = self.token(self.i)
                self.i += len(tok)
                if tok == ')':
                    return None
        if c == '(':
            return self.parse_conditional(start, flags)
        if c == '>':
            body = self.parse_alt(flags)
            self.expect_close(start)
            return ('atomic', body)
        if c in _INLINE_FLAGS or c == '-':
            self.i -= 1
            return self.parse_flags(start, flags, at_start)
        raise self.error('unknown extension ?' + self.token(self.i - 1), start + 1)

    def parse_conditional(self, start, flags):
        p = self.p
        name, name_start = self.read_name(')', 'missing ), unterminated name')
        if name.isdigit() and name.isascii():
            g = int(name)
            if g == 0:
                raise self.error('bad group number', name_start)
            if g >= _MAXGROUPS:
                raise self.error('invalid group reference %d' % g, name_start)
            self.cond_refs.append((g, name_start))
        else:
            if not name.isidentifier():
                raise self.error('bad character in group name %r' % name, name_start)
            g = self.names.get(name)
            if g is None:
                raise self.error('unknown group name %r' % name, name_start)
        self.check_lookbehind_group(g, self.i)
        yes, flags2 = self.parse_seq(flags, False)
        no = ('seq', [])
        if self.i < self.n and p[self.i] == '|':
            self.i += 1
            no, flags2 = self.parse_seq(flags, False)
            if self.i < self.n and p[self.i] == '|':
                raise self.error('conditional backref with more than two branches',
                                 self.i)
        self.expect_close(start)
        return ('cond', g, yes, no)

    def parse_flags(self, start, flags, at_start):
        p = self.p
        n = self.n
        on = 0
        off = 0
        while self.i < n and p[self.i] in _INLINE_FLAGS:
            ch = p[self.i]
            on |= self.flag_value(ch, on)
            self.i += 1
        if self.i >= n:
            raise self.error('missing -, : or )', self.i)
        c = p[self.i]
        if c == ')':
            self.i += 1
            if not at_start:
                raise self.error('global flags not at the start of the expression',
                                 start)
            self.flags |= on
            return ('flags', flags | on)
        if c == '-':
            self.i += 1
            if self.i >= n:
                raise self.error('missing flag', self.i)
            if p[self.i] not in _INLINE_FLAGS:
                if p[self.i].isalpha():
                    raise self.error('unknown flag', self.i)
                raise self.error('missing flag', self.i)
            while self.i < n and p[self.i] in _INLINE_FLAGS:
                ch = p[self.i]
                v = _INLINE_FLAGS[ch]
                if v & _TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' "
                                     "and 'L'", self.i + 1)
                off |= v
                self.i += 1
            if self.i >= n:
                raise self.error('missing :', self.i)
            if p[self.i] != ':':
                if p[self.i].isalpha():
                    raise self.error('unknown flag', self.i)
                raise self.error('missing :', self.i)
            if on & off:
                raise self.error('bad inline flags: flag turned on and off', self.i)
        elif c != ':':
            at = self.i
            self.i += len(self.token(at))
            if c.isalpha():
                raise self.error('unknown flag', at)
            raise self.error('missing -, : or )', at)
        self.i += 1
        if (on | off) & _GLOBAL_FLAGS:
            raise self.error('bad inline flags: cannot turn on global flag', self.i)
        new = (flags | on) & ~off
        if on & _TYPE_FLAGS:
            new = (new & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
        body = self.parse_alt(new)
        self.expect_close(start)
        return ('seq', [body])

    def flag_value(self, ch, on):
        v = _INLINE_FLAGS[ch]
        if ch == 'L' and not self.is_bytes:
            raise self.error("bad inline flags: cannot use 'L' flag with a str pattern",
                             self.i + 1)
        if ch == 'u' and self.is_bytes:
            raise self.error("bad inline flags: cannot use 'u' flag with a bytes pattern",
                             self.i + 1)
        if v & _TYPE_FLAGS and on & _TYPE_FLAGS and not on & v:
            raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                             self.i + 1)
        return v


def _fold_test(key):
    def test(ch):
        return ch >= '\x80' and _fold(ch) == key
    return test


def _make_set(chars, ranges, cats, negate, icase, ascii_only):
    if cats:
        cats = [_category(c[0], ascii_only) for c in cats]
    if not ranges and not cats and not icase:
        return (_SETC, frozenset(chars), negate)
    if icase and not ranges and not cats and ascii_only:
        folded = set()
        for c in chars:
            folded.add(c)
            folded.add(_lower_ascii(c))
            folded.add(_upper_ascii(c))
        return (_SETC, frozenset(folded), negate)
    if icase and not ascii_only:
        chars = list(chars) + [_fold(c) for c in chars]
    charset = frozenset(chars)
    ranges = tuple(ranges)
    cats = tuple(cats)

    def raw(ch):
        if ch in charset:
            return True
        for lo, hi in ranges:
            if lo <= ch <= hi:
                return True
        for cat in cats:
            if cat(ch):
                return True
        return False

    if icase:
        low = _lower_ascii if ascii_only else _lower
        up = _upper_ascii if ascii_only else _upper

        if ascii_only:
            def test(ch):
                return raw(ch) or raw(low(ch)) or raw(up(ch))
        else:
            def test(ch):
                return raw(ch) or raw(low(ch)) or raw(up(ch)) or raw(_fold(ch))
    else:
        test = raw
    if negate:
        return (_SETF, lambda ch: not test(ch))
    return (_SETF, test)


# --- compiler -----------------------------------------------------------------------------

def _width(node):
    """(min, max) characters node can match; max None when unbounded."""
    kind = node[0]
    if kind == 'one':
        return 1, 1
    if kind == 'seq':
        lo = 0
        hi = 0
        for item in node[1]:
            a, b = _width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if kind == 'alt':
        widths = [_width(b) for b in node[1]]
        lo = min(w[0] for w in widths)
        his = [w[1] for w in widths]
        return lo, (None if None in his else max(his))
    if kind == 'group':
        return _width(node[2])
    if kind == 'rep':
        a, b = _width(node[4])
        lo = a * node[1]
        if node[2] is None:
            hi = None if b != 0 else 0
        else:
            hi = None if b is None else b * node[2]
        return lo, hi
    if kind == 'at' or kind == 'look':
        return 0, 0
    if kind == 'atomic':
        return _width(node[1])
    if kind == 'cond':
        a = _width(node[2])
        b = _width(node[3])
        return min(a[0], b[0]), (None if a[1] is None or b[1] is None
                                 else max(a[1], b[1]))
    return 0, None  # bref


class _Compiler:

    def __init__(self):
        self.code = []
        self.nregs = 0

    def emit(self, op):
        self.code.append(op)
        return len(self.code) - 1

    def compile(self, node):
        code = self.code
        kind = node[0]
        if kind == 'one':
            code.append(node[1])
        elif kind == 'seq':
            items = node[1]
            i = 0
            while i < len(items):
                item = items[i]
                if item[0] == 'one' and item[1][0] == _CHAR:
                    j = i
                    text = []
                    while j < len(items) and items[j][0] == 'one' and items[j][1][0] == _CHAR:
                        text.append(items[j][1][1])
                        j += 1
                    if len(text) > 1:
                        code.append((_STR, ''.join(text)))
                        i = j
                        continue
                self.compile(item)
                i += 1
        elif kind == 'alt':
            jumps = []
            branches = node[1]
            for k, branch in enumerate(branches):
                if k < len(branches) - 1:
                    split = self.emit(None)
                    self.compile(branch)
                    jumps.append(self.emit(None))
                    code[split] = (_SPLIT, split + 1, len(code))
                else:
                    self.compile(branch)
            for j in jumps:
                code[j] = (_JMP, len(code))
        elif kind == 'group':
            g = node[1]
            code.append((_SAVE, 2 * g))
            self.compile(node[2])
            code.append((_SAVE, 2 * g + 1))
        elif kind == 'rep':
            self.compile_rep(node)
        elif kind == 'at':
            code.append((_AT, node[1]))
        elif kind == 'bref':
            code.append((_BACKREF, node[1], node[2], node[3]))
        elif kind == 'look':
            width = -1
            if node[1]:
                lo, hi = _width(node[3])
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                width = lo
            at = self.emit(None)
            self.compile(node[3])
            code.append((_SUCCEED,))
            code[at] = (_LOOK, width, node[2], len(code))
        elif kind == 'atomic':
            at = self.emit(None)
            self.compile(node[1])
            code.append((_SUCCEED,))
            code[at] = (_ATOMIC, len(code))
        elif kind == 'cond':
            at = self.emit(None)
            self.compile(node[2])
            jump = self.emit(None)
            code[at] = (_GROUPEXISTS, node[1], len(code))
            self.compile(node[3])
            code[jump] = (_JMP, len(code))
        else:
            raise AssertionError(kind)

    def compile_rep(self, node):
        code = self.code
        low, high, mode, body = node[1], node[2], node[3], node[4]
        if mode == 2:
            self.compile(('atomic', ('rep', low, high, 0, body)))
            return
        greedy = mode == 0
        if high == 0:
            return
        if body[0] == 'one':
            code.append((_STAR, body[1], low, high, greedy))
            return
        if low == 1 and high == 1:
            self.compile(body)
            return
        if low == 0 and high == 1:
            split = self.emit(None)
            self.compile(body)
            if greedy:
                code[split] = (_SPLIT, split + 1, len(code))
            else:
                code[split] = (_SPLIT, len(code), split + 1)
            return
        r = self.nregs
        self.nregs += 2
        code.append((_REPINIT, r))
        head = self.emit(None)
        self.compile(body)
        code.append((_REPINC, r, head))
        code[head] = (_REPHEAD, r, low, high, greedy, len(code))


# --- compiled patterns --------------------------------------------------------------------

_REPR_FLAGS = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
               ('ASCII', 256))

_MAXSIZE = sys.maxsize


def _as_text(obj):
    """(text, is_bytes) for a subject or pattern."""
    if isinstance(obj, str):
        return obj, False
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj).decode('latin-1'), True
    raise TypeError('expected string or bytes-like object, got %r'
                    % type(obj).__name__)


def _data(string):
    """What group slices are taken from: bytes for other bytes-like objects."""
    if isinstance(string, (str, bytes)):
        return string
    return bytes(string)


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        text, is_bytes = _as_text(pattern)
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        if is_bytes:
            if flags & _F_UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            if flags & _F_LOCALE and flags & _F_ASCII:
                raise ValueError('ASCII and LOCALE flags are incompatible')
        else:
            if flags & _F_LOCALE:
                raise ValueError('cannot use LOCALE flag with a str pattern')
            if flags & _F_ASCII and flags & _F_UNICODE:
                raise ValueError('ASCII and UNICODE flags are incompatible')
        parser = _Parser(pattern, text, flags, is_bytes)
        tree = parser.parse()
        flags = parser.flags
        if not is_bytes and not flags & _F_ASCII:
            flags |= _F_UNICODE
        comp = _Compiler()
        comp.compile(tree)
        comp.code.append((_MATCH,))
        self._code = comp.code
        self._nregs = comp.nregs
        self._is_bytes = is_bytes
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.ngroups
        self.groupindex = _MappingProxyType(dict(sorted(parser.names.items(),
                                                        key=lambda kv: kv[1])))
        first = self._code[0]
        self._prefix = None
        if first[0] == _CHAR:
            self._prefix = first[1]
        elif first[0] == _STR:
            self._prefix = first[1]
        self._anchored = first[0] == _AT and first[1] in (_AT_BEGIN, _AT_BEGIN_STRING)

    # -- matching core

    def _subject(self, string):
        if self._is_bytes:
            if isinstance(string, str):
                raise TypeError('cannot use a bytes pattern on a string-like object')
            text, is_bytes = _as_text(string)
        else:
            if not isinstance(string, str):
                if isinstance(string, (bytes, bytearray, memoryview)):
                    raise TypeError('cannot use a string pattern on a bytes-like object')
                raise TypeError('expected string or bytes-like object, got %r'
                                % type(string).__name__)
            text = string
        return text

    def _state(self, text, endpos):
        st = _State()
        st.string = text
        st.end = endpos
        st.caps = [-1] * (2 * self.groups + 2)
        st.regs = [0] * self._nregs
        st.code = self._code
        st.lastindex = None
        st.full = False
        st.must_advance = False
        st.start = 0
        return st

    @staticmethod
    def _bounds(text, pos, endpos):
        n = len(text)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _search_at(self, st, pos, endpos, must_advance=False):
        """First match starting at or after pos: (start, end) or None."""
        st.must_advance = must_advance
        st.start = pos
        prefix = self._prefix
        if self._anchored:
            if pos != 0:
                return None
            end = _run(st, 0, pos)
            if end >= 0:
                return pos, end
            return None
        text = st.string
        p = pos
        while p <= endpos:
            if prefix is not None:
                p = text.find(prefix, p, endpos)
                if p < 0:
                    return None
            end = _run(st, 0, p)
            if end >= 0:
                return p, end
            p += 1
        return None

    def _make_match(self, string, st, pos, endpos, start, end):
        caps = st.caps
        caps[0] = start
        caps[1] = end
        return Match(self, string, _data(string), list(caps), pos, endpos, st.lastindex)

    def _matcher(self, string, pos, endpos, full):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if endpos < pos:
            return None
        st = self._state(text, endpos)
        st.full = full
        st.start = pos
        end = _run(st, 0, pos)
        if end < 0:
            return None
        return self._make_match(string, st, pos, endpos, pos, end)

    # -- public API

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Match at the start of string (or at pos)."""
        return self._matcher(string, pos, endpos, False)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Match the whole of string (or of string[pos:endpos])."""
        return self._matcher(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in string."""
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if endpos < pos:
            return None
        st = self._state(text, endpos)
        found = self._search_at(st, pos, endpos)
        if found is None:
            return None
        return self._make_match(string, st, pos, endpos, found[0], found[1])

    def _iter(self, string, pos, endpos):
        text = self._subject(string)
        pos, endpos = self._bounds(text, pos, endpos)
        if endpos < pos:
            return
        st = self._state(text, endpos)
        p = pos
        must_advance = False
        while p <= endpos:
            found = self._search_at(st, p, endpos, must_advance)
            if found is None:
                return
            start, end = found
            m = self._make_match(string, st, pos, endpos, start, end)
            for i in range(len(st.caps)):
                st.caps[i] = -1
            st.lastindex = None
            yield m
            must_advance = start == end
            p = end

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over all non-overlapping matches."""
        return self._iter(string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of all non-overlapping matches: whole matches, the group
        when there is one, or tuples of groups."""
        result = []
        groups = self.groups
        for m in self._iter(string, pos, endpos):
            if groups == 0:
                result.append(m.group())
            elif groups == 1:
                result.append(m._group_or(1, m._data[:0]))
            else:
                empty = m._data[:0]
                result.append(tuple(m._group_or(g, empty) for g in range(1, groups + 1)))
        return result

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of the pattern."""
        result = []
        last = 0
        n = 0
        self._subject(string)
        string = _data(string)
        for m in self._iter(string, 0, _MAXSIZE):
            if maxsplit and n >= maxsplit:
                break
            result.append(string[last:m.start()])
            result.extend(m.groups())
            last = m.end()
            n += 1
        result.append(string[last:])
        return result

    def _subx(self, repl, string, count):
        if callable(repl):
            func = repl
        else:
            text, is_bytes = _as_text(repl)
            if is_bytes != self._is_bytes:
                if self._is_bytes:
                    raise TypeError("sequence item 0: expected a bytes-like object, "
                                    "%s found" % type(repl).__name__)
                raise TypeError("sequence item 0: expected str instance, %s found"
                                % type(repl).__name__)
            if '\\' not in text:
                literal = repl

                def func(m):
                    return literal
            else:
                parts = _parse_template(repl, self)
                if len(parts) == 1 and isinstance(parts[0], (str, bytes)):
                    literal = parts[0]

                    def func(m):
                        return literal
                else:
                    def func(m):
                        return _expand_parts(parts, m)
        pieces = []
        last = 0
        n = 0
        self._subject(string)
        string = _data(string)
        for m in self._iter(string, 0, _MAXSIZE):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            r = func(m)
            if r is not None:
                pieces.append(r)
            last = m.end()
            n += 1
        pieces.append(string[last:])
        empty = string[:0]
        if isinstance(empty, str):
            return ''.join(pieces), n
        return b''.join(pieces), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of substitutions)."""
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if not self._is_bytes and flags & (_F_LOCALE | _F_UNICODE | _F_ASCII) == _F_UNICODE:
            flags &= ~_F_UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._is_bytes == other._is_bytes)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = 're'


class _Scanner:

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern._iter(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def search(self):
        return next(self._it, None)

    def match(self):
        return next(self._it, None)


# --- match objects ------------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, data, caps, pos, endpos, lastindex):
        self.re = pattern
        self.string = string
        self._data = data
        self._caps = caps
        self.pos = pos
        self.endpos = endpos
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        caps = self._caps
        return tuple((caps[2 * g], caps[2 * g + 1]) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
            raise IndexError('no such group')
        if isinstance(g, (str, bytes)):
            if isinstance(g, str):
                index = self.re.groupindex.get(g)
                if index is not None:
                    return index
            raise IndexError('no such group')
        if hasattr(type(g), '__index__'):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
        raise IndexError('no such group')

    def _group_or(self, g, default):
        a = self._caps[2 * g]
        b = self._caps[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self._data[a:b]

    def group(self, *args):
        """One or more subgroups of the match."""
        if not args:
            return self._group_or(0, None)
        if len(args) == 1:
            return self._group_or(self._index(args[0]), None)
        return tuple(self._group_or(self._index(g), None) for g in args)

    def __getitem__(self, g):
        return self._group_or(self._index(g), None)

    def groups(self, default=None):
        """A tuple of all the subgroups."""
        return tuple(self._group_or(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """A dict of the named subgroups."""
        return {name: self._group_or(g, default) for name, g in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return self._caps[2 * g], self._caps[2 * g + 1]

    def expand(self, template):
        """template with backslash escapes and group references filled in."""
        return _expand_parts(_parse_template(template, self.re), self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._caps[0], self._caps[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = 're'


# --- replacement templates ----------------------------------------------------------------

def _parse_template(template, pattern):
    """A list of literal pieces (str or bytes) and group numbers (int)."""
    text, is_bytes = _as_text(template)
    parts = []
    literal = []
    n = len(text)
    i = 0

    def err(msg, pos):
        return error(msg, template, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err('bad escape (end of pattern)', start)
        c = text[i]
        i += 1
        g = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            close = text.find('>', i + 1)
            if close < 0:
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:close]
            if not name:
                raise err('missing group name', i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g >= _MAXGROUPS:
                    raise err('invalid group reference %d' % g, i + 1)
            elif name.isidentifier():
                g = pattern.groupindex.get(name)
                if g is None:
                    raise IndexError('unknown group name %r' % name)
            else:
                raise err('bad character in group name %r' % name, i + 1)
            if g > pattern.groups:
                raise err('invalid group reference %d' % g, i + 1)
            i = close + 1
        elif c == '0':
            j = i
            while j < n and j - i < 2 and text[j] in _OCTDIGITS:
                j += 1
            literal.append(chr(int(text[i - 1:j], 8)))
            i = j
            continue
        elif c in _DIGITS:
            j = i
            if j < n and text[j] in _DIGITS:
                if (c in _OCTDIGITS and text[j] in _OCTDIGITS and j + 1 < n
                        and text[j + 1] in _OCTDIGITS):
                    value = int(text[i - 1:j + 2], 8)
                    if value > 0o377:
                        raise err('octal escape value \\%s outside of range 0-0o377'
                                  % text[i - 1:j + 2], start)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            g = int(text[i - 1:j])
            if g > pattern.groups:
                raise err('invalid group reference %d' % g, start + 1)
            i = j
        elif c in _SIMPLE_ESCAPES:
            literal.append(_SIMPLE_ESCAPES[c])
            continue
        elif c in _ASCII_LETTERS:
            raise err('bad escape \\%s' % c, start)
        else:
            literal.append('\\' + c)
            continue
        if literal:
            parts.append(''.join(literal))
            literal = []
        parts.append(g)
    if literal:
        parts.append(''.join(literal))
    if is_bytes:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return parts


def _expand_parts(parts, m):
    empty = m._data[:0]
    out = []
    for part in parts:
        if isinstance(part, int):
            out.append(m._group_or(part, empty))
        else:
            out.append(part)
    if isinstance(empty, str):
        return ''.join(out)
    return b''.join(out)


# --- module functions ---------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, (bytearray, memoryview)):
            pass
        else:
            raise TypeError('first argument must be string or compiled pattern')
    p = Pattern(pattern, flags)
    if not flags & _F_DEBUG:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        try:
            _cache[key] = p
        except TypeError:
            pass
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping occurrences of the pattern."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object."""
    return _compile(pattern, flags | _F_TEMPLATE)


_ESCAPE_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _ESCAPE_CHARS else c for c in pattern)
    text = bytes(pattern).decode('latin-1')
    return ''.join('\\' + c if c in _ESCAPE_CHARS else c for c in text).encode('latin-1')
