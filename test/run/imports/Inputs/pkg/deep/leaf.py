from ..sub import sub_value as from_parent
from ...helper_mod import value as top_value
from . import deep_init
leaf_info = (from_parent, top_value, deep_init, __name__, __package__)
