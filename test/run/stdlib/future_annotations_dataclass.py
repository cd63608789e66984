# RUN: %difftest %s
# from __future__ import annotations: string annotations, the __future__ module, dataclasses and typing on top
from __future__ import annotations
import __future__
from dataclasses import dataclass, field
from typing import Optional, get_type_hints

@dataclass
class Item:
    name: str
    tags: list[str] = field(default_factory=list)
    parent: Optional[Item] = None

def f(x: int, y: Item) -> list[int]:
    return [x]

print(f.__annotations__, Item.__annotations__)
print(Item("a", ["t"]), Item("b").tags, get_type_hints(f)["return"])
print(__future__.annotations, __future__.annotations.compiler_flag == 0x1000000, len(__future__.all_feature_names))
