# RUN: %difftest %s
# builtin types cannot be modified
for t in (int, list, object):
    try:
        t.new_attr = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del int.__add__
except TypeError as e:
    print(type(e).__name__, e)
