# enum: Flag and IntFlag composition, iteration, containment, inversion, boundaries, pseudo-members
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X

print(list(Perm), Perm.R, repr(Perm.W), Perm.RW, repr(Perm.ALL), Perm.R.value, Perm.X.value)
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, rw.name, rw.value, list(rw), len(rw), len(Perm.ALL))
print(Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.W), repr(Perm.R & Perm.W), Perm(0), repr(Perm(0)))
print(~Perm.R, repr(~Perm.ALL), Perm.ALL ^ Perm.R, Perm(5), repr(Perm(7)), Perm["RW"])
print([m.name for m in Perm.ALL], Perm.RW & Perm.R, (Perm.R | Perm.X).name)
print(Perm.__members__.keys(), Perm._member_names_)

class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7
print(Color(3), repr(Color(6)), Color.WHITE, ~Color.RED, list(Color.WHITE), Color(5).name)

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
v = IP.R | IP.W
print(v, repr(v), v == 6, v + 1, IP.R | 1, repr(IP.R | 8), repr(IP(0)), str(IP(0)), ~IP.R, repr(~IP.R))
print(isinstance(v, int), f"{v}", f"{IP.X:02d}", list(IP), list(v), IP.R & 4, repr(IP.R ^ IP.R), 7 & IP.W)

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(Conform(7)), repr(Conform(4)))
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
print(Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(Keep(7)), repr(Keep(4)))

def attempt(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("strict", lambda: Perm(8))
attempt("strict-neg", lambda: Perm(-1))
attempt("in-int", lambda: 1 in Perm.R)
attempt("or-int", lambda: Perm.R | 1)
attempt("str", lambda: Perm("r"))
attempt("ip-str", lambda: IP("x"))
attempt("ip-big", lambda: IP(64))
