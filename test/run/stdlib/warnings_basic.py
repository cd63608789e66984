# RUN: %difftest %s
# warnings.warn: stderr format with source line, stacklevel, once-per-location default, default filters, categories
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x


def helper():
    warnings.warn("from helper")


for i in range(3):
    warnings.warn("hello")
    old_api(i)
    helper()
    warnings.warn("runtime %d" % (i % 2), RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("future", FutureWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("far away", stacklevel=50)
warnings.warn("level zero", stacklevel=0)
print(warnings.filters)
print(warnings.defaultaction)
ns = {'__name__': 'othermod', 'warnings': warnings}
exec("def f():\n    warnings.warn('dep elsewhere', DeprecationWarning)\n    warnings.warn('user elsewhere')\n", ns)
ns['f']()
ns['f']()
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
print("done")
