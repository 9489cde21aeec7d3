# Stores that add attributes (shape transitions) stay correct when the class changes under a cached site.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make(n, x, y):
    return [P(x, y) for _ in range(n)]

a = make(20, 1, 2.5)
print(a[-1].x, a[-1].y, vars(a[-1]))

# The same sites with values of other kinds (int slot -> str, float -> None).
b = make(20, "s", None)
print(b[-1].x, b[-1].y, type(a[0].x).__name__, type(b[0].y).__name__)
c = make(5, 1 << 70, 3)
print(c[-1].x, c[-1].y)

# A data descriptor added to the class must see the stores.
log = []
class Spy:
    def __get__(self, obj, owner):
        return ("spy", obj.__dict__.get("_y"))
    def __set__(self, obj, v):
        log.append(v)
        obj.__dict__["_y"] = v * 10
P.y = Spy()
d = make(3, 7, 8)
print(d[0].y, log, sorted(vars(d[0])))
del P.y

# A property (also a data descriptor) on a subclass only.
class Q(P):
    @property
    def x(self):
        return "prop"
    @x.setter
    def x(self, v):
        self._x = -v
qs = [Q(4, 5) for _ in range(3)]
print(qs[0].x, qs[0]._x, qs[0].y, make(2, 4, 5)[1].x)

# __setattr__ added later intercepts the cached transition.
def setattr_hook(self, name, v):
    object.__setattr__(self, name, (name, v))
P.__setattr__ = setattr_hook
e = make(3, 1, 2)
print(e[0].x, e[0].y)
del P.__setattr__
f = make(3, 1, 2)
print(f[0].x, f[0].y)

# A method name shadowed by an instance attribute.
class M:
    def f(self):
        return "method"
    def __init__(self, shadow):
        if shadow:
            self.f = lambda: "attr"
ms = [M(i % 2 == 1) for i in range(6)]
print([m.f() for m in ms])

# __slots__: stores into member slots, then deletion and re-adding.
class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
ss = [S(i, i * 1.5) for i in range(10)]
print(ss[3].a, ss[3].b)
del ss[3].a
try:
    ss[3].a
except AttributeError as ex:
    print("AttributeError", ex)
ss[3].a = "back"
print(ss[3].a, ss[3].b, S(1, 2).a)
try:
    ss[0].c = 1
except AttributeError as ex:
    print("AttributeError", ex)

# Instances in dict mode, and instances whose __class__ changes.
class R:
    def __init__(self):
        self.p = 1
        self.q = 2
class R2:
    def __init__(self):
        self.q = 3
        self.p = 4
rs = [R() for _ in range(4)]
rs[1].__dict__
rs[2].__class__ = R2
R2.__init__(rs[2])
R.__init__(rs[1])
print([(type(r).__name__, r.p, r.q) for r in rs])

# Many attributes added at one site: the instance leaves the shape layout.
class Big:
    pass
def fill(o, n):
    for i in range(n):
        o.last = i
        setattr(o, "a%d" % i, i)
bigs = [Big() for _ in range(3)]
for o in bigs:
    fill(o, 80)
print(bigs[2].a79, bigs[2].last, len(vars(bigs[2])))

# Subclass instances through the base class's __init__ (polymorphic site).
class Base:
    def __init__(self, v):
        self.v = v
class D1(Base):
    def __init__(self, v):
        self.w = 1
        Base.__init__(self, v)
class D2(Base):
    pass
class D3(Base):
    def __init__(self, v):
        super().__init__(v)
        self.extra = v * 2
objs = []
for i in range(30):
    objs.append([Base, D1, D2, D3, D1][i % 5](i))
print([(type(o).__name__, o.v) for o in objs[:10]], objs[8].extra, vars(objs[6]))
