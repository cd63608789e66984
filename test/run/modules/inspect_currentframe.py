# RUN: %difftest %s
# inspect.currentframe: f_back, f_locals, f_code, f_lineno, f_globals
import inspect
def where():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno, f.f_globals is globals()
def caller():
    local_var = 10
    info = where()
    frame = inspect.currentframe()
    return info, sorted(frame.f_locals)
print(caller())
top = inspect.currentframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), top.f_lineno)
