# RUN: %difftest %s
# exit: 1
# the traceback module's text has no "Did you mean" hints; the uncaught-exception report and sys.__excepthook__ keep them
import sys
import traceback

try:
    prnt("x")
except NameError as e:
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])
    print(list(traceback.TracebackException.from_exception(e).format_exception_only()))
    sys.__excepthook__(type(e), e, e.__traceback__)


class C:
    value = 1


try:
    C().valeu
except AttributeError as e:
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=sys.stdout)

try:
    [].apend(1)
except AttributeError as e:
    print(traceback.format_exc().splitlines()[-1])

valeu = 2
print(vale)
