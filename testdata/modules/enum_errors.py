# enum: the errors CPython 3.11 gives: bad values and names, reassignment, extension, duplicates, unique
from enum import Enum, IntEnum, StrEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("value", lambda: Color(5))
attempt("value-str", lambda: Color("RED"))
attempt("value-none", lambda: Color(None))
attempt("name", lambda: Color["BLUE"])
attempt("name-int", lambda: Color[1])
attempt("reassign", lambda: setattr(Color, "RED", 3))
attempt("delete", lambda: delattr(Color, "GREEN"))
attempt("new-attr", lambda: setattr(Color, "extra", 3) or Color.extra)
attempt("lt", lambda: Color.RED < Color.GREEN)
attempt("add", lambda: Color.RED + 1)
attempt("member-attr", lambda: setattr(Color.RED, "name", "x"))

def extend():
    class More(Color):
        BLUE = 3
attempt("extend", extend)

def dup_name():
    class D(Enum):
        A = 1
        A = 2
attempt("dup-name", dup_name)

def dup_method():
    class D(Enum):
        A = 1
        def A(self):
            pass
attempt("dup-method", dup_method)

def not_unique():
    @unique
    class U(Enum):
        ONE = 1
        UNO = 1
        TWO = 2
        DOS = 2
        ZWEI = 2
attempt("unique", not_unique)

def ok_unique():
    @unique
    class U(Enum):
        ONE = 1
        TWO = 2
    return list(U)
attempt("unique-ok", ok_unique)

def bad_str():
    class S(StrEnum):
        A = 1
attempt("strenum-int", bad_str)

def bad_int():
    class I(IntEnum):
        A = "x"
attempt("intenum-str", bad_int)

def late_gnv():
    class L(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
attempt("late-gnv", late_gnv)

def gnv():
    class L(Enum):
        def _generate_next_value_(name, start, count, last_values):
            return name * 2
        A = auto()
        B = auto()
    return list(L)
attempt("gnv", gnv)

class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "not a member"
attempt("missing-bad", lambda: Missing(2))

class Raising(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
attempt("missing-raise", lambda: Raising(3))

def sunder():
    class S(Enum):
        _bad_ = 1
attempt("sunder", sunder)

class Ign(Enum):
    _ignore_ = "tmp"
    tmp = 5
    A = 1
attempt("ignore", lambda: (list(Ign), Ign.__dict__.get("tmp")))
attempt("enum-call", lambda: Enum(1))
attempt("no-members", lambda: list(Enum))
attempt("func-bad", lambda: Enum("X", 5))
