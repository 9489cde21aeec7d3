# typing: special forms and collection aliases print as 3.11, Generic classes, NamedTuple/TypedDict, Protocol, get_type_hints
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator,
                    Generator, TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload,
                    final, ClassVar, Final, Literal, TYPE_CHECKING, get_type_hints, Sequence, Mapping,
                    get_origin, get_args, runtime_checkable, NewType, FrozenSet, Type, DefaultDict, Counter, Deque)
import typing
print(Any, Optional[int], Union[int, str], Union[int, None], Union[int], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Set[str], FrozenSet[int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, Any])
print(List, Dict, Callable, ClassVar[int], Final[str], Literal[1, "a"], Type[int], TYPE_CHECKING)
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, T.__name__, K.__bound__, List[T], Dict[K, T])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, Stack.__mro__)
print(type(s).__name__, isinstance(s, Stack))
class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T): self.k, self.v = k, v
p = Pair("a", 1); print(p.k, p.v, Pair[str, int])
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
pt = Point(3, -4)
print(pt, pt.norm(), Point(1), pt._fields, pt._asdict(), Point._field_defaults, Point.__annotations__)
print(pt == (3, -4), isinstance(pt, tuple), pt._replace(x=0), Point._make([5, 6]))
x, y = pt; print(x, y, pt[0])
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Alien", year=1979)
print(m, type(m), Movie.__required_keys__ == {"title", "year"}, Movie.__annotations__)
class Partial(TypedDict, total=False):
    extra: str
print(Partial.__optional_keys__, Partial.__total__)
print(cast(int, "x"), cast("List[int]", [1]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@final
class Leaf: pass
print(Leaf.__final__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class NotRT(Protocol):
    def meth(self) -> int: ...
try: isinstance(3, NotRT)
except TypeError as e: print(e)
try: NotRT()
except TypeError as e: print(e)
def g(a: int, b: "str" = "x") -> Optional[List[int]]: pass
print(get_type_hints(g))
class C:
    a: int
    b: "Dict[str, int]"
    c: ClassVar[int] = 3
print(get_type_hints(C))
UserId = NewType("UserId", int)
print(UserId(5), UserId)
try: isinstance(3, List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(3, Optional[int]) if False else "")
try: Union[()]
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
print(typing.Optional[typing.Union[int, str]], Union[int, Union[str, float]], int | None, Optional[int] | str)
def h(xs: list[int], d: dict[str, "int"] | None = None) -> tuple[int, ...]: pass
print(get_type_hints(h))
print(Counter[str], DefaultDict[str, int], Deque[int])
