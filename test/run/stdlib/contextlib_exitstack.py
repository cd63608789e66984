# RUN: %difftest %s
# contextlib.ExitStack: LIFO unwinding, suppression by a callback, exception context chaining, pop_all, errors
from contextlib import ExitStack, contextmanager, suppress
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress
with ExitStack() as st:
    print([st.enter_context(CM(n)) for n in 'abc'])
    st.callback(print, 'cb', 'arg', sep='=')
    st.push(CM('pushed'))
    st.push(lambda *exc: print('push fn', exc[0]))
with ExitStack() as st:
    st.enter_context(CM('outer'))
    st.enter_context(CM('eater', suppress=True))
    st.enter_context(CM('inner'))
    raise ValueError('x')
print('suppressed by eater')
def raiser(msg):
    def f(*exc):
        raise KeyError(msg)
    return f
try:
    with ExitStack() as st:
        st.push(raiser('first'))
        st.push(raiser('second'))
        raise ValueError('body')
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
except ZeroDivisionError as e:
    print('callback error', repr(e), e.__context__)
with ExitStack() as st:
    st.callback(print, 'kept')
    moved = st.pop_all()
print('stack left')
moved.close()
moved.close()
try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print(e)
@contextmanager
def managed(tag):
    print('open', tag)
    yield tag
    print('close', tag)
with ExitStack() as st:
    files = [st.enter_context(managed(i)) for i in range(3)]
    print(files)
with suppress(KeyError):
    with ExitStack() as st:
        st.enter_context(managed('k'))
        {}['missing']
print('done')
