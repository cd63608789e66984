"""Get useful information from live Python objects (Kiln's subset).

The type predicates (isfunction, isclass, ismethod, ...), currentframe,
getmembers, getmro, unwrap, getdoc/cleandoc and the generator and
coroutine state helpers, with CPython 3.11's behaviour. The types are
taken from sample objects made at import time; the *function predicates
test co_flags.
"""

import sys

__all__ = [
    'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE',
    'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS',
    'CO_VARKEYWORDS', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
    'cleandoc', 'currentframe', 'getdoc', 'getgeneratorlocals', 'getgeneratorstate',
    'getmembers', 'getmro', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
    'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
    'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper',
    'ismodule', 'isroutine', 'istraceback', 'unwrap',
]

# Code flags (co_flags bits), as in CPython.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20

# --- The types, from sample objects --------------------------------------------


def _sample_function():
    pass


def _sample_generator_function():
    yield


class _SampleClass:
    def method(self):
        pass


_FunctionType = type(_sample_function)
_CodeType = type(_sample_function.__code__)
_MethodType = type(_SampleClass().method)
_ModuleType = type(sys)
_GeneratorType = type(_sample_generator_function())
_BuiltinFunctionType = type(len)
_BuiltinMethodType = type([].append)
_FrameType = type(sys._getframe())
try:
    raise TypeError
except TypeError as _exc:
    _TracebackType = type(_exc.__traceback__)
    del _exc


def _type_of(expr):
    try:
        return type(expr())
    except Exception:
        return None


_MethodWrapperType = _type_of(lambda: object().__str__)
_WrapperDescriptorType = _type_of(lambda: object.__init__)
_MethodDescriptorType = _type_of(lambda: str.join)
_ClassMethodDescriptorType = _type_of(lambda: dict.__dict__['fromkeys'])
_GetSetDescriptorType = _type_of(lambda: _FunctionType.__code__)


class _SlotsSample:
    __slots__ = ('member',)


_MemberDescriptorType = _type_of(lambda: _SlotsSample.__dict__['member'])
del _SlotsSample


def _sample_coroutine_type():
    # Coroutines and async generators are made without running them.
    ns = {}
    try:
        exec('async def c(): pass\nasync def a():\n    yield\n', ns)
    except Exception:
        return None, None
    coro_type = agen_type = None
    try:
        coro = ns['c']()
        coro_type = type(coro)
        coro.close()
    except Exception:
        pass
    try:
        agen_type = type(ns['a']())
    except Exception:
        pass
    return coro_type, agen_type


_CoroutineType, _AsyncGeneratorType = _sample_coroutine_type()
del _sample_coroutine_type


def _isinstance_of(obj, tp):
    return tp is not None and isinstance(obj, tp)


# --- Predicates ----------------------------------------------------------------


def ismodule(object):
    """True for a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """True for a class."""
    return isinstance(object, type)


def ismethod(object):
    """True for a bound method."""
    return isinstance(object, _MethodType)


def ismethoddescriptor(object):
    """A descriptor with __get__ but no __set__ (classes, functions and
    bound methods excluded)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """A descriptor with __set__ or __delete__ (classes, functions and
    bound methods excluded)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """True for a member descriptor."""
    return _isinstance_of(object, _MemberDescriptorType)


def isgetsetdescriptor(object):
    """True for a getset descriptor."""
    return _isinstance_of(object, _GetSetDescriptorType)


def isfunction(object):
    """True for a user-defined function."""
    return isinstance(object, _FunctionType)


def _code_flags_of(obj):
    """co_flags of the function behind obj (bound methods and
    functools.partial objects unwrapped), or 0 when there is none."""
    while True:
        if isinstance(obj, _MethodType):
            obj = obj.__func__
            continue
        partial = _partial_type()
        if partial is not None and isinstance(obj, partial):
            obj = obj.func
            continue
        break
    if isinstance(obj, _FunctionType) or _looks_like_function(obj):
        return obj.__code__.co_flags
    return 0


def _partial_type():
    functools = sys.modules.get('functools')
    return getattr(functools, 'partial', None)


def _looks_like_function(obj):
    # Duck-typed functions (Cython's, for instance): callable, not classes,
    # with a real code object and function-shaped attributes.
    if isclass(obj) or not callable(obj):
        return False
    missing = object()
    checks = (
        (getattr(obj, '__code__', None), lambda v: isinstance(v, _CodeType)),
        (getattr(obj, '__name__', None), lambda v: isinstance(v, str)),
        (getattr(obj, '__defaults__', missing), lambda v: v is None or isinstance(v, tuple)),
        (getattr(obj, '__kwdefaults__', missing), lambda v: v is None or isinstance(v, dict)),
        (getattr(obj, '__annotations__', None), lambda v: v is None or isinstance(v, dict)),
    )
    return all(ok(value) for value, ok in checks)


def _has_code_flag(obj, flag):
    return bool(_code_flags_of(obj) & flag)


def isgeneratorfunction(obj):
    """True for a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """True for an asynchronous generator."""
    return _isinstance_of(object, _AsyncGeneratorType)


def isgenerator(object):
    """True for a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """True for a coroutine."""
    return _isinstance_of(object, _CoroutineType)


def isawaitable(object):
    """True for objects `await` accepts."""
    return (_isinstance_of(object, _CoroutineType) or
            (isinstance(object, _GeneratorType) and
             bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    """True for a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """True for a frame object."""
    return isinstance(object, _FrameType)


def iscode(object):
    """True for a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """True for a built-in function or method."""
    return isinstance(object, (_BuiltinFunctionType, _BuiltinMethodType))


def ismethodwrapper(object):
    """True for a method wrapper."""
    return _isinstance_of(object, _MethodWrapperType)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    """True for a class with abstract methods left (an ABC)."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', ()))


# --- Members -------------------------------------------------------------------


def getmro(cls):
    """cls.__mro__."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """The (name, value) pairs of the object's attributes named by dir(),
    sorted by name; only those whose value satisfies predicate, if given."""
    # Attributes that getattr cannot reach (or that dir() lists twice) come
    # from the first class dict along the MRO that has them, if any.
    bases = (object,) + object.__mro__ if isinstance(object, type) else ()
    result = []
    for name in dir(object):
        try:
            value = getattr(object, name)
        except AttributeError:
            value = _lookup_in(bases, name)
            if value is _NOT_FOUND:
                continue
        if not predicate or predicate(value):
            result.append((name, value))
    result.sort(key=lambda item: item[0])
    return result


_NOT_FOUND = object()


def _lookup_in(classes, name):
    for cls in classes:
        d = cls.__dict__
        if name in d:
            return d[name]
    return _NOT_FOUND


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes from func to the innermost
    function; stop early where stop(f) is true."""
    start = func
    visited = {id(func)}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        visited.add(id(func))
    return func


# --- Documentation ---------------------------------------------------------------


def cleandoc(doc):
    """A docstring with tabs expanded, the common indentation of the lines
    after the first removed, and blank lines at both ends dropped."""
    try:
        lines = doc.expandtabs().split('\n')
    except UnicodeError:
        return None
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[cut:] for line in lines[1:]]
    first, last = 0, len(lines)
    while last > first and not lines[last - 1]:
        last -= 1
    while first < last and not lines[first]:
        first += 1
    return '\n'.join(lines[first:last])


def getdoc(object):
    """The object's docstring, cleaned up by cleandoc(); None without one."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    return cleandoc(doc) if isinstance(doc, str) else None


# --- Frames and generators ----------------------------------------------------------


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """f_locals of the generator's frame ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    else:
        return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """f_locals of the coroutine's frame ({} once it has finished)."""
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    else:
        return {}
