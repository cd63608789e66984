# RUN: %difftest %s
# dataclasses: field() options, fields(), default_factory, metadata, InitVar, __post_init__, ClassVar (incl. string annotations), definition errors
import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, MISSING, Field
from typing import ClassVar, List


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})
    total: float = field(init=False, default=0.0)
    scale: InitVar[int] = 2
    shared: ClassVar[int] = 99

    def __post_init__(self, scale):
        self.total = len(self.items) * scale


i = Inventory('a', ['x', 'y'])
print(i, Inventory('b', scale=5), Inventory('a') == Inventory('a', count=5))
print([f.name for f in fields(Inventory)], [f.name for f in fields(i)], Inventory.shared)
f_meta = fields(Inventory)[3]
print(f_meta.metadata['unit'], len(f_meta.metadata), dict(f_meta.metadata), f_meta.repr, f_meta.init)
print(fields(Inventory)[0].default is MISSING, fields(Inventory)[1].default_factory is list)
print(fields(Inventory)[2].default, fields(Inventory)[2].compare, fields(Inventory)[4].init)
print(isinstance(fields(Inventory)[0], Field), fields(Inventory)[0].type, fields(Inventory)[1].type)
print(Inventory.__dataclass_fields__['scale']._field_type, Inventory.__dataclass_fields__['shared']._field_type)
print(InitVar[int], InitVar[List[int]], Inventory.__dataclass_params__)
print(Inventory.count, Inventory.total, hasattr(Inventory, 'items'), hasattr(Inventory, 'name'))
a, b = Inventory('a'), Inventory('b')
a.items.append('q')
print(a.items, b.items)


@dataclass
class StringAnnotations:
    x: 'int'
    y: 'ClassVar[int]' = 1
    z: 'typing.ClassVar[str]' = 's'
    w: 'InitVar[int]' = 3
    v: 'dataclasses.InitVar[int]' = 4
    u: 'List[int]' = field(default_factory=list)

    def __post_init__(self, w, v):
        self.sum = w + v


sa = StringAnnotations(1)
print(sa, sa.sum, [f.name for f in fields(sa)], StringAnnotations.__init__.__annotations__)


def check(label, fn):
    try:
        fn()
        print(label, 'ok')
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


def default_order():
    @dataclass
    class C:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: dict = {}


def mutable_set():
    @dataclass
    class C:
        x: set = set()


def both_defaults():
    field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class C:
        x = field(default=1)


def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def init_false_no_order():
    @dataclass
    class C:
        x: int = 0
        y: int = field(init=False)
        z: int = 1


check('default order', default_order)
check('mutable list', mutable_list)
check('mutable dict', mutable_dict)
check('mutable set', mutable_set)
check('both defaults', both_defaults)
check('no annotation', no_annotation)
check('classvar factory', classvar_factory)
check('classvar kw_only', classvar_kw_only)
check('init=False between defaults', init_false_no_order)
try:
    fields(3)
except TypeError as e:
    print('TypeError:', e)
