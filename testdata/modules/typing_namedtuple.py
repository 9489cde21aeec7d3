# typing: NamedTuple class syntax (defaults, methods, docstrings, properties, subclassing) and its errors
from typing import NamedTuple, List, Optional

class Card(NamedTuple):
    """A playing card."""
    rank: str
    suit: str
    value: int = 0
    tags: Optional[List[str]] = None

    @property
    def label(self) -> str:
        return f"{self.rank}{self.suit}"

    def __str__(self) -> str:
        return f"<{self.label}:{self.value}>"

    @classmethod
    def ace(cls, suit):
        return cls("A", suit, 11)

c = Card("K", "h", 10)
print(c, repr(c), c.label, Card.ace("s"), Card.__doc__)
print(Card._fields, Card._field_defaults, Card.__annotations__)
print(c._asdict(), c._replace(value=13), len(c), c[1], c[-2], c.count("h"), c.index(10))
rank, suit, value, tags = c
print(rank, suit, value, tags, tuple(c), sorted([Card("2", "c", 2), Card("10", "d", 10), Card("3", "a", 3)]))
print(hash(c) == hash(("K", "h", 10, None)), c == ("K", "h", 10, None), Card("K", "h", 10) == c)
print(type(c).__name__, type(c).__mro__, isinstance(c, tuple))

class Coloured(Card):
    def colour(self):
        return "red" if self.suit in "hd" else "black"
print(Coloured("Q", "d", 10).colour(), Coloured("Q", "s").colour(), Coloured("Q", "s"))

Pt = NamedTuple("Pt", [("x", int), ("y", int)])
Pt3 = NamedTuple("Pt3", x=int, y=int, z=int)
print(Pt(1, 2), Pt3(1, 2, 3), Pt.__annotations__, Pt3._fields)

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int
attempt("order", bad_order)

def bad_order2():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
attempt("order2", bad_order2)

def overwrite():
    class Bad(NamedTuple):
        a: int
        def _asdict(self):
            return {}
attempt("overwrite", overwrite)

def bad_base():
    class Bad(NamedTuple, dict):
        a: int
attempt("base", bad_base)
attempt("missing", lambda: Card("A"))
attempt("toomany", lambda: Card("A", "s", 1, None, 5))
attempt("setattr", lambda: setattr(c, "rank", "Q"))
attempt("both", lambda: NamedTuple("X", [("a", int)], b=int))

T = __import__("typing").TypeVar("T")
class Boxed(NamedTuple, __import__("typing").Generic[T]):
    item: T
    count: int = 1
print(Boxed("x"), Boxed[int], Boxed.__mro__, Boxed.__parameters__, Card.__orig_bases__[0].__name__)
