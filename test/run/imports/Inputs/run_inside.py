import sys
def describe():
    return __name__, sys.modules[__name__].__name__
