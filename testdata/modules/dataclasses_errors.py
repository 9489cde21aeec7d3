# dataclasses: the TypeErrors and ValueErrors CPython 3.11 gives for bad definitions and calls
from dataclasses import dataclass, field, fields, replace, FrozenInstanceError, InitVar, KW_ONLY

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
attempt("order/eq", order_without_eq)

def lt_defined():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other): return True
attempt("lt", lt_defined)

def frozen_setattr_defined():
    @dataclass(frozen=True)
    class A:
        x: int
        def __setattr__(self, n, v): pass
attempt("setattr", frozen_setattr_defined)

def hash_explicit():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self): return 1
attempt("hash", hash_explicit)

def no_annotation():
    @dataclass
    class A:
        x: int
        y = field(default=3)
attempt("noann", no_annotation)

@dataclass(frozen=True)
class Frozen:
    a: int
def inherit_nonfrozen():
    @dataclass
    class B(Frozen):
        b: int = 0
attempt("inherit", inherit_nonfrozen)

@dataclass
class Plain:
    a: int
def inherit_frozen():
    @dataclass(frozen=True)
    class C(Plain):
        pass
attempt("inherit2", inherit_frozen)

def dict_default():
    @dataclass
    class A:
        d: dict = {}
attempt("dict", dict_default)

def set_default():
    @dataclass
    class A:
        d: set = set()
attempt("set", set_default)

def tuple_default():
    @dataclass
    class A:
        d: tuple = (1, 2)
    return A()
attempt("tuple", tuple_default)

@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
attempt("kwonly", lambda: Kw(1, c=2))
attempt("kwonly2", lambda: Kw(1, 2, 3))
attempt("kwonly3", lambda: Kw(1))

@dataclass
class WithIV:
    x: int
    factor: InitVar[int]
    def __post_init__(self, factor):
        if factor < 0:
            raise ValueError("negative factor")
        self.x *= factor
w = WithIV(2, 3)
attempt("iv", lambda: w)
attempt("iv-replace", lambda: replace(w, x=5))
attempt("iv-replace2", lambda: replace(w, x=5, factor=2))
attempt("iv-neg", lambda: WithIV(1, -1))
attempt("missing2", lambda: WithIV())
attempt("fields-of-int", lambda: fields(int))
f = Frozen(1)
attempt("frozen-set", lambda: setattr(f, "a", 2))
attempt("frozen-new", lambda: setattr(f, "zzz", 2))
attempt("frozen-hash", lambda: hash(f) == hash((1,)))
attempt("unhashable", lambda: hash(Plain(1)))
attempt("eq-other", lambda: Plain(1) == (1,))
attempt("lt-nonorder", lambda: Plain(1) < Plain(2))
from dataclasses import make_dataclass, field, fields, is_dataclass
P = make_dataclass("P", ["x", ("y", int), ("z", list, field(default_factory=list))], namespace={"norm": lambda self: self.x + self.y}, frozen=False, order=True)
p = P(1, 2)
print(p, p.norm(), [f.name for f in fields(P)], [f.type for f in fields(P)], is_dataclass(P), P(1, 2) < P(1, 3))
try: make_dataclass("Q", ["a", "a"])
except TypeError as e: print(e)
try: make_dataclass("Q", ["class"])
except TypeError as e: print(e)
from dataclasses import make_dataclass
P = make_dataclass("P", ["x"])
print(P, P.__module__, P(1))
