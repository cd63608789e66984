# RUN: %difftest %s
# errno: Linux constants, aliases, the errorcode table, and matching OSError.errno values
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.EDEADLK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ERANGE, errno.ENOTRECOVERABLE)
print(len(errno.errorcode), sorted(errno.errorcode.items()))
print(errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names)
print(all(getattr(errno, errno.errorcode[c]) == c for c in errno.errorcode))
try:
    open('/nonexistent/path/for/errno/test')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
