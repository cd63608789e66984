print("pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
pkg_level = "from pkg __init__"
from .sub import sub_value
