visible = 1
_hidden = 2
import math as _math_alias
def func():
    return "func"
