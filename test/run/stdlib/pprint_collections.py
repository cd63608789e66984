# RUN: %difftest %s
# pprint: OrderedDict, defaultdict, Counter, deque, ChainMap, SimpleNamespace, mappingproxy, dataclasses, dict subclasses
import pprint, collections, types, dataclasses

pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(20)))
pprint.pprint(collections.OrderedDict())
pprint.pprint(collections.defaultdict(list, {str(i): [i] * 3 for i in range(10)}))
pprint.pprint(collections.Counter('abracadabra the quick brown fox jumps over the lazy dog'))
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.ChainMap({'a': list(range(20))}, {'b': list(range(20))}))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='x' * 50))
pprint.pprint(types.MappingProxyType({str(i): i for i in range(20)}))


@dataclasses.dataclass
class Pt:
    x: list
    y: str = 'hello'
    z: int = dataclasses.field(default=0, repr=False)


pprint.pprint(Pt(list(range(30))))
pprint.pprint([Pt([1]), Pt(list(range(25)), 'w' * 40)])


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList!'


pprint.pprint(MyDict({str(i): 'v' * i for i in range(12)}))
pprint.pprint([MyList(range(50))] * 3)
pprint.pprint(collections.UserList(range(30)))
