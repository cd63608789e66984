"""Generic (shallow and deep) copying operations (Kiln's `copy`).

copy(x) and deepcopy(x, memo) follow CPython's protocol: per-type copiers
for the builtin containers and atomic values, then __copy__/__deepcopy__,
then the class's __reduce_ex__/__reduce__. A class that overrides neither
is copied by creating an instance with cls.__new__ and copying its
__dict__ and __slots__ state (what object.__reduce_ex__(4) describes).
"""

import sys

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _func():
    pass


_FunctionType = type(_func)
_CodeType = type(_func.__code__)
_BuiltinFunctionType = type(len)
del _func

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range,
           _FunctionType, _BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), property, _CodeType)


# --- Reduction -------------------------------------------------------------------------

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = klass.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x):
    cls = type(x)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return x.__getstate__()
    state = getattr(x, '__dict__', None) or None
    slotstate = {}
    for name in _slot_names(cls):
        try:
            slotstate[name] = getattr(x, name)
        except AttributeError:
            pass
    if slotstate:
        return (state, slotstate)
    return state


def _reduce(x):
    """x's reduction: (callable, args[, state[, listitems[, dictitems]]])."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return reductor(x, 4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not object.__reduce__:
        return x.__reduce__()
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), getattr(x, '__dict__', None) or None
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), _default_state(x), listitems, dictitems


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# --- Shallow copy -----------------------------------------------------------------------

_copy_dispatch = {t: None for t in _ATOMIC}
_copy_dispatch.update({tuple: None, frozenset: None, slice: None})
_copy_dispatch.update({list: list.copy, dict: dict.copy, set: set.copy,
                       bytearray: bytearray.copy})


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _copy_dispatch:
        copier = _copy_dispatch[cls]
        return x if copier is None else copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# --- Deep copy ------------------------------------------------------------------------------

def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A recursive tuple was copied (through a list in it) meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _C:
    def _m(self):
        pass


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _ATOMIC}
_deepcopy_dispatch.update({list: _deepcopy_list, tuple: _deepcopy_tuple,
                           dict: _deepcopy_dict, set: _deepcopy_set,
                           frozenset: _deepcopy_set,
                           type(_C()._m): _deepcopy_method})
del _C


def _keep_alive(x, memo):
    """Keep x alive as long as memo lives (ids in memo stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


