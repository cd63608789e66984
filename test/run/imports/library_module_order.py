# RUN: %difftest %s
# library modules come after the program's folders, builtin ones before; bundled packages have submodules
import sys, time, itertools
import heapq
from Inputs import heapq as local_heapq
import collections.abc
from collections.abc import Mapping
print(heapq.__name__, hasattr(heapq, "heappush"), local_heapq.MARK, local_heapq.__name__)
print(collections.abc.__name__, Mapping.__name__, issubclass(dict, Mapping), "collections.abc" in sys.modules)
print(type(sys).__name__, time.__name__, itertools.__name__)
