# RUN: %difftest %s
# reprs of self-containing deque, defaultdict, OrderedDict, ChainMap and Counter
from collections import deque, defaultdict, OrderedDict, ChainMap, Counter
d = deque(); d.append(d); print(d)
dd = defaultdict(list); dd['self'] = dd; print(dd)
od = OrderedDict(); od['me'] = od; print(od)
m = {}
cm = ChainMap(m); m['cm'] = cm; print(cm)
lst = [1]
c = Counter({'a': 1}); lst.append(c); print(lst)
