# RUN: %difftest %s
# contextlib: contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout, decorator use
from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, redirect_stdout, AbstractContextManager, ContextDecorator
import io
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t:
    print('inside', t)
@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print('caught', e)
with catcher():
    raise ValueError('boom')
print('after')
try:
    with tag('b'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e: print('not suppressed', e)
with nullcontext(5) as v: print(v)
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with ExitStack() as stack:
    for n in 'xyz':
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    print('body')
def cb_raises():
    raise ValueError('from callback')
try:
    with ExitStack() as st:
        st.callback(cb_raises)
        raise KeyError('orig')
except ValueError as e:
    print(repr(e), repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *a: True)
    raise RuntimeError('swallowed')
print('swallowed ok')
with ExitStack() as st:
    st.callback(print, 'moved')
    st2 = st.pop_all()
print('before close'); st2.close()
buf = io.StringIO()
with redirect_stdout(buf): print('captured')
print(repr(buf.getvalue()))
@tag('deco')
def f(): print('in f')
f(); f()
print(isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
try:
    with ExitStack() as st: st.enter_context(5)
except TypeError as e: print(e)
@contextmanager
def doc():
    "Doc string"
    yield
print(doc.__doc__, doc.__name__, doc().__doc__)
