# RUN: %difftest %s
# default values are evaluated once at definition time
calls = []
def default():
    calls.append(1)
    return len(calls)
def f(x=default()):
    return x
print(f(), f(), calls)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def none_default(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(none_default(1), none_default(2))
