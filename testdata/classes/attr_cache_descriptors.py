# Cached loads of properties, bound methods and super() calls at one site, and the class changes that must invalidate them.
class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    def m(self):
        return "m", self._v


def read(objs):
    return [o.v for o in objs]


def bind(objs):
    out = []
    for o in objs:
        f = o.m
        out.append((f(), f.__self__ is o, f.__func__ is P.m))
    return out


ps = [P(i) for i in range(4)]
print(read(ps), read(ps))
print(bind(ps)[:2])
a = ps[0].m
print(a == ps[0].m, a is ps[0].m, ps[1].m != a)

# The instance dict cannot shadow a property; it can shadow a method.
ps[1].__dict__["v"] = "inst"
ps[2].m = lambda: ("shadow",)
print(read(ps), [o.m() for o in ps])

# A property whose getter raises, and one without a getter.
class Q(P):
    @property
    def v(self):
        if self._v < 0:
            raise ValueError("negative")
        return -self._v


for o in [Q(1), Q(-1), Q(2)]:
    try:
        print(read([o]))
    except ValueError as e:
        print("ValueError", e)


class W:
    v = property(None, lambda self, x: None)


try:
    read([W()])
except AttributeError as e:
    print("AttributeError", e)

# Replacing the property, the method, or the getter's behaviour.
print(read(ps))
P.v = property(lambda self: "new getter")
print(read(ps))
P.v = 5
print(read(ps))
del P.v
try:
    read(ps[2:3])
except AttributeError as e:
    print("AttributeError", e)
P.m = lambda self: "replaced"
print([b[0] for b in bind(ps[:1])])


# A property subclass with its own __get__ is not a plain property.
class LoudProperty(property):
    def __get__(self, obj, owner=None):
        return ("loud", super().__get__(obj, owner))


class R:
    def __init__(self):
        self.x = 1

    @LoudProperty
    def y(self):
        return self.x


print([R().y for _ in range(3)])


# super() calls at one site for several classes.
class Base:
    def __init__(self, tag):
        self.tag = tag

    def who(self):
        return "Base(%s)" % self.tag


class Mid(Base):
    def __init__(self, tag):
        super().__init__(tag + "-mid")

    def who(self):
        return "Mid/" + super().who()


class Leaf(Mid):
    def who(self):
        return "Leaf/" + super().who()


class Other(Base):
    def who(self):
        return "Other/" + super(Other, self).who()


print([c("t").who() for c in [Mid, Leaf, Other, Leaf, Mid]])
Base.who = lambda self: "patched(%s)" % self.tag
print([c("t").who() for c in [Mid, Leaf, Other]])


def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError", e)


outside()
print(super(Leaf, Leaf("z")).who(), super(Mid, Leaf("z")).__init__ is not None)


class LoggedProperty(property):
    def __set__(self, obj, value):
        print("set", value)
        super().__set__(obj, value * 10)

    def __delete__(self, obj):
        print("delete")


class S:
    def _get(self):
        return self._x

    def _set(self, v):
        self._x = v

    x = LoggedProperty(_get, _set)


s = S()
for i in range(3):
    s.x = i
print(s.x)
del s.x
print(s.x)
