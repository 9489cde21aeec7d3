# Cached method and class-attribute loads: built-in container methods, C.method(self) calls, and the changes that must invalidate them.
class L(list):
    pass


def push_all(items, v):
    for x in items:
        x.append(v)
    return [len(x) for x in items]


plain = [[] for _ in range(5)]
print(push_all(plain, 1))
sub = L()
sub.append = lambda v: print("shadowed append", v)
print(push_all(plain + [sub, L()], 2))
print(sub, plain[0])


def pops(stack, n):
    out = []
    for _ in range(n):
        out.append(stack.pop())
    return out


print(pops(list(range(10)), 4), pops(L([1, 2, 3]), 2))
d = {}
s = set()
for i in range(5):
    d.setdefault(i % 2, []).append(i)
    s.add(i % 3)
print(d, sorted(s))


class Base:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "Base.show %r" % (self.v,)


class Child(Base):
    def __init__(self, v):
        Base.__init__(self, v * 2)

    def show(self):
        return "Child/" + Base.show(self)


def build(n):
    return [Child(i).show() for i in range(n)]


print(build(3))
old_show = Base.show
Base.show = lambda self: "patched %r" % (self.v,)
print(build(3))
Base.show = old_show


def init2(self, v):
    self.v = -v


Base.__init__ = init2
print(build(2))


class Meta(type):
    def __getattribute__(cls, name):
        if name == "show":
            return lambda self: "meta show"
        return type.__getattribute__(cls, name)


class M(metaclass=Meta):
    def show(self):
        return "M.show"


print([M.show(None) for _ in range(3)])


class K:
    CONST = 10

    @staticmethod
    def sm(x):
        return x + 1

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)


class K2(K):
    pass


def use(k):
    return [k.CONST, k.sm(1), k.cm(2)]


for k in [K, K2, K, K2]:
    print(use(k))
K.CONST = 20
K.sm = staticmethod(lambda x: x * 100)
print(use(K), use(K2))
print(K.__name__, K2.__name__, [K.__doc__ for _ in range(2)], K.__init__ is object.__init__)
