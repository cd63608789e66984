"""JSON encoder and decoder (Kiln's `json`, written in Python).

dumps/dump, loads/load, JSONEncoder, JSONDecoder and JSONDecodeError with
CPython 3.11's output, messages and error positions. CPython runs its C
accelerator for one-shot encoding without indent and for all decoding; the
messages here follow whichever path CPython would take.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_INF = float('inf')


# --- errors -------------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the extra attributes msg, doc, pos,
    lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


# --- encoding -----------------------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _escape_char_ascii(ch):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring_ascii(s):
    """A JSON string literal for s, with every non-ASCII character escaped."""
    parts = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            i += 1
            continue
        if start < i:
            parts.append(s[start:i])
        parts.append(_escape_char_ascii(ch))
        i += 1
        start = i
    if start < n:
        parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


def encode_basestring(s):
    """A JSON string literal for s, escaping only what JSON requires."""
    parts = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch >= ' ' and ch != '"' and ch != '\\':
            i += 1
            continue
        if start < i:
            parts.append(s[start:i])
        parts.append(_escape_char_ascii(ch))
        i += 1
        start = i
    if start < n:
        parts.append(s[start:])
    parts.append('"')
    return ''.join(parts)


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        # CPython's C encoder (one-shot, no indent) omits the value from the
        # out-of-range float message; its Python encoder includes it.
        fast = _one_shot and self.indent is None
        chunks = []
        _Encoding(self, fast, chunks.append).encode(o, 0)
        return chunks


class _Encoding(object):
    """The state of one encoding run: options, the circular-reference
    markers and the output sink."""

    def __init__(self, encoder, fast, emit):
        self.enc = encoder
        self.fast = fast
        self.emit = emit
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.strfn = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            if self.fast:
                raise ValueError('Out of range float values are not JSON compliant')
            raise ValueError('Out of range float values are not JSON compliant: '
                             + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        emit = self.emit
        if isinstance(o, str):
            emit(self.strfn(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(int.__repr__(o))
        elif isinstance(o, float):
            emit(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            self.enter(o)
            self.encode(self.enc.default(o), level)
            self.leave(o)

    def encode_list(self, lst, level):
        emit = self.emit
        if not lst:
            emit('[]')
            return
        self.enter(lst)
        emit('[')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.enc.item_separator + newline
            emit(newline)
        else:
            newline = None
            separator = self.enc.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                emit(separator)
            self.encode(value, level)
        if newline is not None:
            level -= 1
            emit('\n' + self.indent * level)
        emit(']')
        self.leave(lst)

    def encode_dict(self, dct, level):
        emit = self.emit
        if not dct:
            emit('{}')
            return
        self.enter(dct)
        emit('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.enc.item_separator + newline
            emit(newline)
        else:
            newline = None
            separator = self.enc.item_separator
        items = dct.items()
        if self.enc.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                emit(separator)
            emit(self.strfn(key))
            emit(self.enc.key_separator)
            self.encode(value, level)
        if newline is not None:
            level -= 1
            emit('\n' + self.indent * level)
        emit('}')
        self.leave(dct)


JSONEncoder.__module__ = 'json.encoder'

_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object)."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                  separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


# --- decoding -----------------------------------------------------------------------------

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH_MAP = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                  'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_CONSTANTS = {'-Infinity': -_INF, 'Infinity': _INF, 'NaN': float('nan')}


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _scan_hex4(s, pos):
    """The value of the four hex digits after the \\u at s[pos]."""
    digits = s[pos + 2:pos + 6]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos + 1)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1]; return
    (str, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                raise JSONDecodeError('Invalid control character at', s, i)
            i += 1
        else:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if i > end:
            chunks.append(s[end:i])
        if s[i] == '"':
            return ''.join(chunks), i + 1
        # backslash escape
        if i + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[i + 1]
        if esc != 'u':
            ch = _BACKSLASH_MAP.get(esc)
            if ch is None:
                raise JSONDecodeError('Invalid \\escape', s, i)
            chunks.append(ch)
            end = i + 2
            continue
        uni = _scan_hex4(s, i)
        end = i + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _scan_hex4(s, end)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


class _Scanner(object):
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def __call__(self, s, idx):
        return self.scan(s, idx)

    def scan(self, s, idx):
        n = len(s)
        if idx < 0:
            raise StopIteration(idx)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self.parse_object(s, idx + 1)
        if c == '[':
            return self.parse_array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self.parse_number(s, idx)

    def parse_number(self, s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise StopIteration(idx)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[idx:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def parse_object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == '}':
            return self.finish_object(pairs), idx + 1
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      s, idx)
            key, idx = scanstring(s, idx + 1, self.strict)
            idx = _skip_ws(s, idx)
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
            value, idx = self.scan(s, idx)
            pairs.append((key, value))
            idx = _skip_ws(s, idx)
            if idx < n and s[idx] == '}':
                return self.finish_object(pairs), idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def parse_array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            value, idx = self.scan(s, idx)
            values.append(value)
            idx = _skip_ws(s, idx)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)


class JSONDecoder(object):
    """Simple JSON decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end


JSONDecoder.__module__ = 'json.decoder'

_default_decoder = JSONDecoder()


def _detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document)
    to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(_detect_encoding(s), 'surrogatepass')
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object holding a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
                 **kw)
