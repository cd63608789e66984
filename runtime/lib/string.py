"""Common string constants and capwords (Kiln's subset of `string`).

ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
octdigits, punctuation, printable and whitespace hold the same characters
as CPython's; capwords(s, sep=None) capitalizes each word.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each piece and join them with sep (or a
    single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class Template:
    """$-substitution strings: $name, ${name} and $$ for a literal $."""

    delimiter = '$'
    idpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and (t[k] == '_' or (t[k].isascii() and t[k].isalpha())):
                k += 1
                while k < n and (t[k] == '_' or (t[k].isascii() and t[k].isalnum())):
                    k += 1
            name = t[j:k]
            if braced and (not name or k >= n or t[k] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                line = t[:i].count('\n') + 1
                col = i - (t.rfind('\n', 0, i) + 1) + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (line, col))
            end = k + 1 if braced else k
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(t[i:end])
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        return self._scan(mapping, True)


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]
