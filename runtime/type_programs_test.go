package runtime

// Generated from python3 (CPython 3.11.7): object-model snippets and
// the output CPython prints for each.
var objectSnippets = []struct {
	name, src, want string
}{
	{"mro_diamond", `class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
`, "['D', 'B', 'C', 'A', 'object']\n"},
	{"mro_error", `class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(e)
`, "Cannot create a consistent method resolution\norder (MRO) for bases X, Y\n"},
	{"lookup_order", `class Data:
    def __get__(self, obj, owner): return "data"
    def __set__(self, obj, v): print("set", v)
class NonData:
    def __get__(self, obj, owner): return "nondata"
class C:
    d = Data()
    n = NonData()
    def __getattr__(self, name): return "getattr " + name
c = C()
c.__dict__["d"] = "inst-d"
c.__dict__["n"] = "inst-n"
print(c.d, c.n, c.missing)
c.d = 5
print(C.n, C.__dict__["n"].__class__.__name__)
`, "data inst-n getattr missing\nset 5\nnondata NonData\n"},
	{"getattribute_override", `class G:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == "y": raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback " + name
g = G()
print(g.x, g.y, g.z)
`, "1 fallback y fallback z\n"},
	{"setattr_override", `class S:
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v * 2)
s = S()
s.a = 3
print(s.a, vars(s))
`, "6 {'a': 6}\n"},
	{"attr_errors", `class C: pass
for expr in ["C().x", "C.x", "(1).x", "None.x", "'s'.x"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e)
try:
    (1).real = 3
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
`, "'C' object has no attribute 'x'\ntype object 'C' has no attribute 'x'\n'int' object has no attribute 'x'\n'NoneType' object has no attribute 'x'\n'str' object has no attribute 'x'\nattribute 'real' of 'int' objects is not writable\n'object' object has no attribute 'x'\n"},
	{"shapes_kinds", `class P:
    pass
p = P()
p.a = 1
p.b = 2.5
p.c = "s"
p.a = "now str"
p.b = 3
print(p.a, p.b, p.c, sorted(vars(p).items()))
q = P()
q.b = 1
q.a = 2
del q.b
print(vars(q), hasattr(q, "b"))
q.__dict__["z"] = 9
print(q.z)
`, "now str 3 s [('a', 'now str'), ('b', 3), ('c', 's')]\n{'a': 2} False\n9\n"},
	{"property_forms", `class T:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, x): self._v = x * 10
    @v.deleter
    def v(self): print("deleting")
t = T()
t.v = 2
print(t.v, T.v.__doc__)
del t.v
class RO:
    x = property(lambda self: 1)
try:
    RO().x = 2
except AttributeError as e:
    print(e)
`, "20 the v\ndeleting\nproperty 'x' of 'RO' object has no setter\n"},
	{"static_class_methods", `class K:
    n = 3
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.n * a
class K2(K):
    n = 5
print(K.s(1), K().s(2), K.c(2), K2.c(2), K2().c(1))
`, "2 3 6 10 5\n"},
	{"super_calls", `class A:
    def f(self): return "A"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
class B(A):
    def f(self): return "B" + super().f()
    @classmethod
    def cm(cls): return "B " + super().cm()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
print(D().f(), D.cm(), super(B, D()).f())
`, "DBCA B A.cm D CA\n"},
	{"init_subclass_set_name", `class Field:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class M(Base, tag="m"):
    f = Field()
print(M.tag, M.f.name)
`, "set_name M f\nm f\n"},
	{"operators_dispatch", `class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return "V(%r)" % self.x
class W(V):
    def __radd__(self, o): return "W.radd"
print(V(1) + V(2), 1 + V(2), V(1) + W(2), V(1) == V(1), V(1) != V(2), V(1) > V(0))
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
x = V(1)
x += V(5)
print(x, hash(V) == hash(V), V.__hash__)
`, "V(3) V(3) W.radd True True True\nunsupported operand type(s) for +: 'V' and 'str'\n'<=' not supported between instances of 'V' and 'V'\nV(6) True None\n"},
	{"exceptions_basic", `print(repr(ValueError("x")), str(ValueError()), str(ValueError(1, 2)), repr(KeyError("k")), str(KeyError("k")))
print(OSError(2, "No such file", "f.txt"), type(OSError(2, "x")).__name__, StopIteration(4).value)
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    try:
        raise E("bad", 3)
    except E as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(repr(v.__cause__), v.__cause__.code, v.__suppress_context__, isinstance(v.__context__, E))
print(issubclass(FileNotFoundError, OSError), ModuleNotFoundError.__mro__[1].__name__, ZeroDivisionError.__bases__)
`, "ValueError('x')  (1, 2) KeyError('k') 'k'\n[Errno 2] No such file: 'f.txt' FileNotFoundError 4\nE('bad') 3 True True\nTrue ImportError (<class 'ArithmeticError'>,)\n"},
	{"int_float_builtins", `print(int("  -12 "), int(3.99), int(-3.99), int("101", 2), float("  -1.5e3 "), float("inf"), int(True))
print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(125, -1), round(135, -1))
print(divmod(7, -2), divmod(-7.5, 2), pow(3, 4, 5), pow(2, -1, 7), 7 ** -2, (-8) // 3, -8 % 3)
print(hex(255), oct(-8), bin(10), chr(97), ord("é"), abs(-3), abs(-2.5))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length(), (-7).bit_count())
print((0.5).as_integer_ratio(), (3).as_integer_ratio(), (2.0).is_integer(), 1e16, 1.5e-7, 123.0, -0.0)
print(max(3, 7, 1), min("bca"), max([], default="d"), sum([0.5, 1], 10), any([0, 3]), all([]))
print(hash(1.5), hash(-1), hash(2 ** 61), hash(1e100), hash(True), hash(None) == hash(None))
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    float("nope")
except ValueError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
`, "-12 3 -3 5 -1500.0 inf 1\n2 4 -2 1.2 120 140\n(-4, -1) (-4.0, 0.5) 1 4 0.02040816326530612 -3 1\n0xff -0o10 0b1010 a 233 3 2.5\nb'\\x00\\xff' 1 4 3\n(1, 2) (3, 1) True 1e+16 1.5e-07 123.0 -0.0\n7 a d 11.5 True True\n1152921504606846977 -2 1 1822893315824342674 1 True\ninvalid literal for int() with base 10: '12x'\ncould not convert string to float: 'nope'\nmax() arg is an empty sequence\n"},
	{"isinstance_forms", `print(isinstance(1, (str, int)), isinstance(True, int), issubclass(bool, (str, int)), isinstance(1, object))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
class Any(metaclass=Meta): pass
print(isinstance("magic", Any), isinstance(1, Any), type(Any).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
`, "True True True True\nTrue False Meta\nisinstance() arg 2 must be a type, a tuple of types, or a union\n"},
	{"type_builtin", `T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(T.__name__, T().f(), type(T), type(1), type(None).__name__, T.__qualname__)
class Outer:
    class Inner: pass
print(Outer.Inner.__qualname__, repr(Outer.Inner)[:20])
try:
    class Bad(bool): pass
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
`, "T 2 <class 'type'> <class 'int'> NoneType T\nOuter.Inner <class '__main__.Out\ntype 'bool' is not an acceptable base type\nobject() takes no arguments\nNoInit() takes no arguments\n"},
	{"slots_basic", `class P:
    __slots__ = ("x",)
p = P()
p.x = 1
try:
    p.y = 2
except AttributeError as e:
    print(e)
try:
    P().x
except AttributeError as e:
    print(e)
print(p.x, hasattr(p, "__dict__"))
`, "'P' object has no attribute 'y'\n'P' object has no attribute 'x'\n1 False\n"},
	{"iter_builtins", `print(list(zip("ab", [1, 2, 3])), list(enumerate([5, 6], start=1)), list(reversed([1, 2, 3])), list(reversed(range(3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
class Count:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)), sorted([3, 1, 2], key=lambda v: -v), list(map(pow, [2, 3], [2, 2])))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
`, "[('a', 1), ('b', 2)] [(1, 5), (2, 6)] [3, 2, 1] [2, 1, 0]\n1 2 end\n[1, 2, 3] [3, 2, 1] [4, 9]\nzip() argument 2 is longer than argument 1\n[0, 10, 20] True False\n"},
	{"dunder_protocols", `class Box:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, v): return v in self.items
    def __iter__(self): return iter(self.items)
    def __bool__(self): return bool(self.items)
    def __neg__(self): return Box(*[-x for x in self.items])
    def __repr__(self): return "Box%r" % (tuple(self.items),)
    def __index__(self): return 2
b = Box(1, 2, 3)
b[0] = 9
del b[1]
print(len(b), b[0], 3 in b, list(b), bool(Box()), -b, [10, 20, 30][b], bin(b))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    5[0]
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
`, "2 9 True [9, 3] False Box(-9, -3) 30 0b10\nobject of type 'int' has no len()\n'int' object is not subscriptable\nunhashable type: 'list'\n"},
	{"recursion_repr", `class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError")
`, "RecursionError\n"},
	{"union_types", `u = int | None
print(u, isinstance(None, u), isinstance(3, int | str), isinstance(2.5, u), (int | str) == (str | int), issubclass(bool, int | str))
def f(x: int | None = None) -> str | None:
    return x
print(f(3), f.__annotations__["x"])
`, "int | None True True False True True\n3 int | None\n"},
	{"int_float_subclass", `class MyInt(int):
    def double(self): return self * 2
m = MyInt(21)
m.tag = "t"
print(m, m.double(), m + 1, type(m + 1).__name__, m.tag, isinstance(m, int), repr(m), hash(m) == hash(21))
class MyFloat(float):
    pass
f = MyFloat("2.5")
print(f, f * 2, type(f).__name__, f.is_integer(), int(f))
try:
    (2 ** 100).x = 1
except AttributeError as e:
    print(e)
`, "21 42 22 int t True 21 True\n2.5 5.0 MyFloat False 2\n'int' object has no attribute 'x'\n"},
	{"complex_ops", `z = complex(3, 4)
print(z, abs(z), z.conjugate(), z * z, z / complex(1, -1), complex("1+2j"), complex(-0.0, -0.0), hash(complex(1, 2)))
print((-8) ** (1 / 3), 2 ** complex(0, 0.5), z == complex(3, 4), complex(5, 0) == 5, complex(2))
try:
    z < z
except TypeError as e:
    print(e)
print(1.5 ** 2.5, 10 ** 0.5, 2.0 ** -1.5, 7.1 ** 3, 0.1 ** 7)
`, "(3+4j) 5.0 (3-4j) (-7+24j) (-0.5+3.5j) (1+2j) (-0-0j) 2000007\n(1.0000000000000002+1.7320508075688772j) (0.9405421046832438+0.3396771251026685j) True True (2+0j)\n'<' not supported between instances of 'complex' and 'complex'\n2.7556759606310752 3.1622776601683795 0.3535533905932738 357.91099999999994 1.0000000000000004e-07\n"},
	{"many_attrs", `class Rec: pass
r = Rec()
for i in range(100):
    setattr(r, "a%d" % i, i)
print(r.a0, r.a99, len(vars(r)))
`, "0 99 100\n"},
}
