"""Functional tools for creating and using iterators (Kiln's `itertools`).

Each tool is an iterator class named like CPython's (type(count()).__name__
is 'count'), consuming its input lazily in the same order as CPython's, with
CPython's reprs for count and repeat and its messages for bad arguments.
"""

import sys as _sys

_MISSING = object()


def _is_number(obj):
    t = type(obj)
    return (hasattr(t, '__index__') or hasattr(t, '__float__')
            or hasattr(t, '__int__') or hasattr(t, '__complex__'))


def _as_index(value, what):
    """value as a Python int, or TypeError like CPython's argument parser."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


class _Iterator:
    """Shared base: an iterator is its own iterator."""
    __slots__ = ()

    def __iter__(self):
        return self


# --- Infinite iterators -------------------------------------------------------------

class count(_Iterator):
    """Return a count object whose .__next__() method returns consecutive
    values: start, start+step, start+2*step, ..."""
    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._cnt)
        return '%s(%r, %r)' % (type(self).__name__, self._cnt, step)

    def __reduce__(self):
        return type(self), (self._cnt, self._step)


class cycle(_Iterator):
    """Return elements from the iterable until it is exhausted, then repeat
    the sequence of saved elements indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_firstpass')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat(_Iterator):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times. If not specified, returns the object
    endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _as_index(times, 'times')
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times > 0:
            self._times -= 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


# --- Iterators terminating on the shortest input ----------------------------------------

class accumulate(_Iterator):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _MISSING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain(_Iterator):
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_GenericAlias = type(list[int])


class compress(_Iterator):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile(_Iterator):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""
    __slots__ = ('_pred', '_it', '_dropping')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._pred(item):
                self._dropping = False
                return item


class takewhile(_Iterator):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    __slots__ = ('_pred', '_it', '_stopped')

    def __init__(self, predicate, iterable, /):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._stopped = True
        raise StopIteration


class filterfalse(_Iterator):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        func = self._func
        while True:
            item = next(self._it)
            if func is None:
                if not item:
                    return item
            elif not func(item):
                return item


class starmap(_Iterator):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        return self._func(*args)


class pairwise(_Iterator):
    """Return an iterator of overlapping pairs taken from the input iterator:
    s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ('_it', '_old')

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MISSING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _MISSING:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MISSING
            raise
        result = (self._old, new)
        self._old = new
        return result


class islice(_Iterator):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 0 or nargs > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (nargs + 1)
                            if nargs else 'islice expected at least 2 arguments, got 1')
        start, step, stop = 0, 1, -1
        stop_error = ('Stop argument for islice() must be None or an integer: '
                      '0 <= x <= sys.maxsize.')
        if nargs == 1:
            if args[0] is not None:
                stop = _islice_index(args[0])
                if stop == -1:
                    raise ValueError(stop_error)
        else:
            if args[0] is not None:
                start = _islice_index(args[0])
            if args[1] is not None:
                stop = _islice_index(args[1])
                if stop == -1:
                    raise ValueError(stop_error)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
        if nargs == 3 and args[2] is not None:
            step = _islice_index(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


def _islice_index(value):
    """CPython's PyNumber_AsSsize_t with errors turned into -1."""
    try:
        value = _as_index(value, '')
    except TypeError:
        return -1
    if value > _sys.maxsize or value < -_sys.maxsize - 1:
        return -1
    return value


class zip_longest(_Iterator):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument, with
    missing values filled in with fillvalue."""
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        its = self._its
        if not its or not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if not self._active:
                    self._its = []
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class groupby(_Iterator):
    """make an iterator that returns consecutive keys and groups from the
    iterable; key is a function computing a key value for each element
    (the element itself when None)."""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_grouper')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING
        self._currkey = _MISSING
        self._currvalue = _MISSING
        self._grouper = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


class _grouper(_Iterator):
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _MISSING:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _MISSING
        return value


# --- tee ----------------------------------------------------------------------------------

class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee(_Iterator):
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_source', '_link', '__weakref__')

    def __new__(cls, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._source = it
        self._link = _TeeLink()
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = object.__new__(type(self))
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(type(it), '__copy__'):
        first = it
    else:
        first = _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


# --- Combinatoric iterators ------------------------------------------------------------------

class _Generated(_Iterator):
    """Iterator classes whose work is done by a generator made at creation."""
    __slots__ = ('_gen',)

    def __next__(self):
        return next(self._gen)


def _check_r(r):
    r = _as_index(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_Generated):
    """Cartesian product of input iterables. Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat, 'repeat')
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pool[k] for pool, k in zip(pools, indices))


class permutations(_Generated):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is not None and not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = len(pool) if r is None else _check_r(r)
        self._gen = _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


class combinations(_Generated):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=_MISSING):
        if r is _MISSING:
            raise TypeError("combinations() missing required argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


class combinations_with_replacement(_Generated):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r=_MISSING):
        if r is _MISSING:
            raise TypeError("combinations_with_replacement() missing required "
                            "argument 'r' (pos 2)")
        pool = tuple(iterable)
        self._gen = _combinations_wr(pool, _check_r(r))


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)
