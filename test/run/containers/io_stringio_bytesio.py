# RUN: %difftest %s
import io
s = io.StringIO('ab\ncd')
print(s.read(1), s.tell(), s.readline(), repr(s.read()), s.getvalue())
s.seek(10); s.write('X'); print(repr(s.getvalue()))
for t in ['io.StringIO(5)', 'io.StringIO().write(5)', 'io.StringIO().seek(1,1)', 'io.StringIO().seek(1,2)', 'io.StringIO().seek(-1)', 'io.StringIO().seek(0,3)', 'io.StringIO(newline="x")', 'io.BytesIO(5)', 'io.BytesIO().write("x")', 'io.BytesIO().seek(-1)', 'io.BytesIO().seek(0,3)', 'io.StringIO().truncate(-1)', 'io.BytesIO().truncate(-1)']:
    try: print(t, repr(eval(t)))
    except Exception as e: print(t, type(e).__name__, e)
s = io.StringIO(); s.close()
for m in ['read','write','getvalue','tell','seek','readline']:
    try: getattr(s, m)(*(('x',) if m=='write' else (0,) if m=='seek' else ()))
    except Exception as e: print(m, type(e).__name__, e)
b = io.BytesIO(); b.close()
for m in ['read','write','getvalue','tell','seek','readline']:
    try: getattr(b, m)(*((b'x',) if m=='write' else (0,) if m=='seek' else ()))
    except Exception as e: print(m, type(e).__name__, e)
s = io.StringIO('a\r\nb\rc\n', newline=None); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\r\nb\rc\n', newline=''); print(repr(s.getvalue()), s.readlines())
s = io.StringIO('a\r\nb\rc\n'); print(repr(s.getvalue()), s.readlines())
s = io.StringIO(newline='\r\n'); s.write('a\nb'); print(repr(s.getvalue()))
print(repr(io.StringIO())[:24], repr(io.BytesIO())[:22])
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.StringIO.__module__, io.StringIO.__name__, io.TextIOWrapper.__module__, io.open is open)
buf = io.StringIO()
print('hello', 'world', file=buf)
print(repr(buf.getvalue()), list(io.StringIO('x\ny\n')), list(io.BytesIO(b'1\n2')))
b = io.BytesIO(b'abc'); b.seek(0, 2); b.write(b'de'); print(b.getvalue(), b.tell(), b.seek(-1, 2), b.read())
with io.StringIO('q') as s:
    print(s.read())
print(s.closed)
