# RUN: %difftest %s
# exit: 1
# traceback through several function calls with caret lines
def level3(d):
    return 10 / d
def level2(d):
    x = level3(d) + 1
    return x
def level1():
    return level2(0)
level1()
