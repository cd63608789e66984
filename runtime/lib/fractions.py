"""Rational numbers (Kiln's `fractions`, written in Python).

Fraction with CPython 3.11's construction rules, arithmetic, comparisons,
hashing (equal to the hash of equal ints and floats), reprs and messages.
"""

import math as _math
import sys as _sys

__all__ = ['Fraction']

_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf


def _digit_run(text, allow_empty):
    """True if text is decimal digits in groups joined by single
    underscores (or empty when allow_empty)."""
    if not text:
        return allow_empty
    for group in text.split('_'):
        if not group or not group.isdecimal():
            return False
    return True


def _parse(literal):
    """(numerator, denominator) for a Fraction string, or None."""
    s = literal.strip()
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        s = s[1:]
    if not (s[:1].isdecimal() or (s[:1] == '.' and s[1:2].isdecimal())):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digit_run(num, False) or not _digit_run(den, False):
            return None
        n, d = int(num), int(den)
    else:
        exp = 0
        epos = max(s.find('e'), s.find('E'))
        if epos >= 0:
            etext = s[epos + 1:]
            s = s[:epos]
            body = etext[1:] if etext[:1] in ('+', '-') else etext
            if not _digit_run(body, False):
                return None
            exp = int(etext)
        num, dot, dec = s.partition('.')
        if not _digit_run(num, True) or not _digit_run(dec, True):
            return None
        n = int(num) if num else 0
        d = 1
        if dec:
            scale = 10 ** len(dec.replace('_', ''))
            n = n * scale + int(dec)
            d = scale
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
    if negative:
        n = -n
    return n, d


class Fraction(object):
    """A rational number numerator/denominator in lowest terms, with a
    positive denominator.

    Fraction(), Fraction(n), Fraction(n, d), Fraction(other_fraction),
    Fraction(float) and Fraction('3/4') / Fraction('-1.25e3') all work.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, (int, Fraction)) and
              isinstance(denominator, (int, Fraction))):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
            numerator = int(numerator)
            denominator = int(denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                        % (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until the next one's
        # denominator is too big, then pick the better of the last
        # convergent and the best semiconvergent.
        p_prev, q_prev, p_cur, q_cur = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q_cur
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_cur, q_cur = p_cur, q_cur, p_prev + a * p_cur, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q_cur
        semi = Fraction(p_prev + k * p_cur, q_prev + k * q_cur)
        conv = Fraction(p_cur, q_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # --- arithmetic ---------------------------------------------------------------------

    def _binary(name, exact, inexact):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return exact(Fraction(a), b)
            if isinstance(a, Fraction):
                return exact(a, b)
            if isinstance(a, float):
                return inexact(a, float(b))
            if isinstance(a, complex):
                return inexact(a, complex(b))
            return NotImplemented

        forward.__name__ = '__' + name + '__'
        forward.__qualname__ = 'Fraction.__' + name + '__'
        reverse.__name__ = '__r' + name + '__'
        reverse.__qualname__ = 'Fraction.__r' + name + '__'
        return forward, reverse

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        return Fraction(na * db + nb * da, da * db)

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        return Fraction(na * db - nb * da, da * db)

    def _mul(a, b):
        return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)

    def _div(a, b):
        # Cancel common factors first so that a zero divisor reports the
        # same Fraction(n, 0) as CPython.
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _binary('add', _add, lambda x, y: x + y)
    __sub__, __rsub__ = _binary('sub', _sub, lambda x, y: x - y)
    __mul__, __rmul__ = _binary('mul', _mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _binary('truediv', _div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _binary('floordiv', _floordiv, lambda x, y: x // y)
    __divmod__, __rdivmod__ = _binary('divmod', _divmod, divmod)
    __mod__, __rmod__ = _binary('mod', _mod, lambda x, y: x % y)
    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    # --- hashing and comparison ---------------------------------------------------------

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    # --- copying and pickling -----------------------------------------------------------

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
