"""Higher-order functions and operations on callables (Kiln's `functools`).

reduce, partial, partialmethod, update_wrapper/wraps, lru_cache/cache,
total_ordering, cmp_to_key, cached_property and singledispatch (with
singledispatchmethod), behaving like CPython 3.11's.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from collections import namedtuple

_GenericAlias = type(list[int])
_UnionType = type(int | str)
_MISSING = object()


# --- update_wrapper and wraps -----------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function: copy the
    `assigned` attributes, merge the `updated` ones and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering -------------------------------------------------------------------------
# Each derived method calls the root through the type (so a subclass's
# override is honoured) and passes NotImplemented on.

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    roots = {op for op in _DERIVED
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Prefer __lt__ to __le__ to __gt__ to __ge__ (the greatest name).
    root = max(roots)
    for name, template in _DERIVED[root]:
        if name not in roots:
            def method(self, other, _template=template):
                return _template(self, other)
            method.__name__ = name
            method.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            method.__doc__ = None
            setattr(cls, name, method)
    return cls


# --- cmp_to_key ---------------------------------------------------------------------------

# cmp_to_key and its key type, functools.KeyWrapper, are native (one type for
# the keys of every call, so that they compare with each other).
from _functools import cmp_to_key


# --- reduce -------------------------------------------------------------------------------------

def reduce(function, sequence, initial=_MISSING, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a
    sequence or iterable, from left to right, so as to reduce the iterable
    to a single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# --- partial -------------------------------------------------------------------------------------

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = super().__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        if _repr_running.get(id(self)):
            return '...'
        _repr_running[id(self)] = True
        try:
            parts = [repr(self._func)]
            parts.extend(repr(arg) for arg in self._args)
            parts.extend('%s=%r' % (k, v) for k, v in self._keywords.items())
        finally:
            del _repr_running[id(self)]
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds else {}
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


_repr_running = {}


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords. Supports wrapping existing descriptors and handles
    non-descriptor callables as instance methods."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__,
                              ', '.join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# --- lru_cache ------------------------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _HashedSeq(list):
    """A list holding a key's parts, hashed once."""
    __slots__ = ('hashvalue',)

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound. With typed true,
    arguments of different types are cached separately. The decorated
    function has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses
    make_key = _make_key
    missing = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        # The dict's order is the recency order: oldest first.
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key meanwhile.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# --- singledispatch ---------------------------------------------------------------------------

def _find_impl(cls, registry):
    """The implementation for cls: the registered class nearest in cls's
    MRO, then registered ABCs cls is a virtual subclass of."""
    mro = getattr(cls, '__mro__', None) or (cls, object)
    for klass in mro:
        if klass in registry:
            return registry[klass]
    for klass, func in registry.items():
        if klass is not object and isinstance(klass, type):
            try:
                if issubclass(cls, klass):
                    return func
            except TypeError:
                pass
    return registry.get(object)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return (isinstance(cls, _UnionType)
            and all(isinstance(arg, type) for arg in cls.__args__))


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument."""
    from types import MappingProxyType

    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available
        implementation for the given *cls* registered on *generic_func*."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        except TypeError:
            return _find_impl(cls, registry)
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(ann.items()))
            if not _is_valid_dispatch_type(cls):
                if isinstance(cls, _UnionType):
                    raise TypeError('Invalid annotation for %r. %r not all '
                                    'arguments are classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        if isinstance(cls, _UnionType):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    try:
        wrapper.registry = MappingProxyType(registry)
    except TypeError:
        # Kiln's mappingproxy cannot be constructed yet: a live read-only
        # view is not available, so expose the registry dict itself.
        wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of
    the first non-self argument."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property ------------------------------------------------------------------------

class cached_property:
    """A property computed once per instance and then stored in the
    instance's __dict__ under the same name."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different '
                            'names (%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not "
                                "support item assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return value

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)
