# dataclasses: generated __init__/__repr__/__eq__/order/hash, field options, frozen, InitVar, asdict/astuple/replace, kw_only, slots
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2); print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
print(Point.__init__.__qualname__, Point.__hash__, Point.__match_args__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, z=3)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False, repr=False)
v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1, v2, v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, "x")))
try: v1.major = 5
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del v1.minor
except FrozenInstanceError as e: print(e)
@dataclass
class Inv:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    total: int = field(init=False, default=0)
    kind: ClassVar[str] = "inventory"
    def __post_init__(self): self.total = len(self.items)
a = Inv([1, 2]); b = Inv()
b.items.append(9)
print(a, b, Inv().items, Inv.kind, [f.name for f in fields(Inv)])
print(asdict(a), astuple(a))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
@dataclass
class Line:
    a: Point
    b: Point
    tags: List[str] = field(default_factory=list)
ln = Line(Point(0, 0), Point(1, 1), ["t"])
print(ln, asdict(ln), astuple(ln))
print(replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.x *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass
class P3(Point):
    z: int = 0
print(P3(1, 2, 3), [f.name for f in fields(P3)])
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class UH:
    x: int
print(hash(UH(5)) == hash((5,)))
try: fields(3)
except TypeError as e: print(e)
try: asdict(Point)
except TypeError as e: print(e)
try: replace(a, total=3)
except ValueError as e: print(e)
@dataclass(repr=False)
class R:
    x: int
    def __repr__(self): return "custom"
print(R(1))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
print(Point.__doc__, Version.__doc__)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=1), KW(b=2, a=3))
try: KW(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class SL:
    x: int
    y: int = 5
s = SL(1); print(s, SL.__slots__, hasattr(s, "__dict__"))
try: s.z = 1
except AttributeError as e: print("AE", e)
