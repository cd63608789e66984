from . import sub
from .sub import who
from .. import helper_mod
from ..helper_mod import double
sibling_info = (sub.sub_value, who(), helper_mod.value, double(5), __package__)
