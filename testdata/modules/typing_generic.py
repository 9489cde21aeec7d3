# typing: generic classes, TypeVar substitution, Protocols, get_origin/get_args, the errors of misuse
from typing import (TypeVar, Generic, Protocol, runtime_checkable, List, Dict, Tuple, Callable,
                    Iterator, Union, Optional, Any, Literal, get_origin, get_args, Annotated,
                    get_type_hints, ClassVar, Final)
import typing

T = TypeVar("T")
S = TypeVar("S", int, str)
N = TypeVar("N", bound=float)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def map(self, f: Callable[[T], S]) -> "Box[S]":
        return Box(f(self.item))

b = Box(3)
print(b.get(), b.map(str).get(), Box[int](4).get(), Box[int].__origin__ is Box, Box[int].__args__)
print(Box.__parameters__, S.__constraints__, N.__bound__, Box[List[int]])
print(Box[int](5).__orig_class__)

class Registry(Generic[T, S]):
    pass
class IntRegistry(Registry[int, S]):
    pass
print(IntRegistry.__parameters__, IntRegistry.__orig_bases__, IntRegistry[str])

Pair = Tuple[T, T]
print(Pair, Pair[int], Dict[str, T][float], List[Tuple[T, S]][int, str])

@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...

class Shape(Protocol):
    def area(self) -> float: ...

class Sq:
    def __init__(self, s): self.s = s
    def area(self) -> float: return self.s ** 2

def total_area(shapes: List[Shape]) -> float:
    return sum(s.area() for s in shapes)

print(isinstance([], SupportsLen), isinstance(3, SupportsLen), issubclass(dict, SupportsLen))
print(total_area([Sq(2), Sq(3)]))

class Explicit(Shape):
    def area(self) -> float: return 1.5
print(Explicit().area(), isinstance(typing.SupportsInt, type), isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsFloat))

print(get_origin(Optional[int]) is Union, get_args(Optional[int]), get_origin(Literal["a"]), get_args(Literal["a", "b"]))
print(get_origin(Annotated[int, "meta"]), get_args(Annotated[int, "m1", "m2"]), Annotated[int, "x"])
print(get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]))

class Cfg:
    name: str
    retries: "int"
    limit: Final[int] = 3
    registry: ClassVar[Dict[str, int]] = {}
    hint: Annotated[float, "unit"] = 1.0
print(get_type_hints(Cfg))
print(get_type_hints(Cfg, include_extras=True)["hint"])

def attempt(label, fn):
    try:
        print(label, "ok", fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("generic-int", lambda: Generic[int])
attempt("generic-dup", lambda: Generic[T, T])
attempt("box-2args", lambda: Box[int, str])
attempt("plain-generic", lambda: type("X", (Generic,), {}))
attempt("any-inst", lambda: isinstance(1, Any))
attempt("any-call", lambda: Any())
attempt("union-inst", lambda: Union[int, str]())
attempt("optional-2", lambda: Optional[int, str])
attempt("isinstance-list-int", lambda: isinstance([], List[int]))
attempt("isinstance-union", lambda: isinstance(3, Union[int, str]))
attempt("proto-inst", lambda: Shape())
attempt("proto-check", lambda: isinstance(Sq(1), Shape))
attempt("callable-bad", lambda: Callable[int])
attempt("typevar-1", lambda: TypeVar("X", int))
attempt("typevar-both", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("runtime-bad", lambda: runtime_checkable(Box))
def sub_union():
    class U(Union):
        pass
attempt("sub-union", sub_union)
def sub_list_int():
    class L(List[int]):
        pass
    return L.__mro__, L([1]).__class__.__name__
attempt("sub-list-int", sub_list_int)
attempt("list-call", lambda: List[int]())
attempt("dict-ok", lambda: typing.DefaultDict[str, int](int))

from typing import ParamSpec, Concatenate
import functools
P = ParamSpec("P")
R = TypeVar("R")
def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return inner
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, b=2), add.__name__, add.__wrapped__.__name__)
print(Callable[P, R], Callable[Concatenate[int, P], R], get_args(Callable[P, R]), logged.__annotations__)
print(P, P.args, P.kwargs, add.__annotations__)
S2 = TypeVar("S2")
print(S2.__module__, typing.NewType("UserId", int), typing.NamedTuple("NT", [("a", int)]).__module__)
