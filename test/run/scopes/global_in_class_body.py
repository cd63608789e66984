# RUN: %difftest %s
# global and nonlocal declarations inside class bodies
g = "module"
class A:
    global g
    g = "set in class body"
    local_attr = g
print(g, A.local_attr, hasattr(A, "g"))
