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
	{"classes_mixed", `class A:
    x = 1
    def __init__(self): self.y = 2
    def m(self): return "m"
a = A()
print(repr(object.__repr__(a))[:22], str(a) == repr(a), a == a, a != a, hash(a) == hash(a))
A.x = 10
print(a.x, A().x)
del A.x
print(hasattr(a, "x"))
class B(A):
    def __init__(self):
        super().__init__()
        self.z = 3
    def __eq__(self, other): return isinstance(other, B)
print(B().y, B() == B(), B.__hash__, B.__bases__, B.__base__)
try: hash(B())
except TypeError as e: print(e)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Num({self.v})"
print(sorted([Num(3), Num(1)]), Num(1) < Num(2), Num(2) > Num(1))
try: Num(1) <= Num(2)
except TypeError as e: print(e)
class Cnt:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
    def __init__(self, v): self.v = v
c = Cnt(5); Cnt(6)
print(Cnt.count, c.v)
class Meta(type):
    def __repr__(cls): return "<M " + cls.__name__ + ">"
class WithMeta(metaclass=Meta): pass
print(WithMeta, type(WithMeta), [WithMeta])
class S:
    @staticmethod
    def f(): return "f"
    @classmethod
    def g(cls): return cls.__name__
print(S.f(), S().f(), S.g(), S().g(), type(S.__dict__["f"]).__name__, S.__dict__["g"].__func__.__name__)
class P:
    def __getattr__(self, name):
        if name.startswith("x"): return name * 2
        raise AttributeError(f"no {name}")
p = P()
print(p.xa, getattr(p, "y", "dflt"), hasattr(p, "yy"))
try: p.q
except AttributeError as e: print(e)
class E1(Exception): pass
class E2(E1):
    def __str__(self): return "custom"
try:
    raise E2("a", "b")
except E1 as e:
    print(type(e).__name__, e, repr(e), e.args)
e = ValueError("v")
print(e.__class__, isinstance(e, Exception), ValueError.__mro__)
try:
    raise KeyError(("a", 1))
except LookupError as e:
    print(str(e), repr(e))
class Callable:
    def __call__(self, x): return x * 2
print(Callable()(4), callable(Callable()), callable(Callable), callable(1))
print(isinstance(A, type), type(A) is type, type(type), int.__name__, A.__qualname__, A.m.__qualname__)
print(getattr(A, "__doc__"), B.__mro__ == (B, A, object), issubclass(B, (int, A)))
class Prop:
    def __init__(self): self._x = 1
    x = property(lambda self: self._x, doc="xdoc")
print(Prop().x, Prop.x.__doc__, type(Prop.x).__name__)
try: Prop().x = 5
except AttributeError as e: print(e)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(Iter()), sum(Iter()), max(Iter()), 2 in Iter())
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx():
    raise ValueError
o = object()
try: o.x = 1
except AttributeError as e: print(e)
print(NotImplemented, Ellipsis, ..., type(None)(), type(NotImplemented).__name__)
`, "'<__main__.A object at True True False True\n10 10\nFalse\n2 True None (<class '__main__.A'>,) <class '__main__.A'>\nunhashable type: 'B'\n[Num(1), Num(3)] True True\n'<=' not supported between instances of 'Num' and 'Num'\n2 5\n<M WithMeta> <class '__main__.Meta'> [<M WithMeta>]\nf f S S staticmethod g\nxaxa dflt False\nno q\nE2 custom E2('a', 'b') ('a', 'b')\n<class 'ValueError'> True (<class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)\n('a', 1) KeyError(('a', 1))\n8 True True False\nTrue True <class 'type'> int A A.m\nNone True True\n1 xdoc property\nproperty 'x' of 'Prop' object has no setter\n[1, 2, 3] 6 3 True\nenter\nexit ValueError\n'object' object has no attribute 'x'\nNotImplemented Ellipsis Ellipsis None NotImplementedType\n"},
	{"builtin_errors", `tests = [
 "len()", "len(1, 2)", "abs()", "isinstance(1)", "getattr(1)", "getattr(1, 'x')", "setattr(1, 'x')",
 "hash([])", "hash({})", "iter()", "next()", "divmod(1)", "pow()", "pow(1)", "round()", "round(1.5, 'a')",
 "chr('a')", "chr(0x110000)", "ord('')", "hex('a')", "format(1, 2)", "sorted()", "sorted([1], 1)", "sorted(1, key=len)",
 "min(1, 2, foo=3)", "max()", "sum()", "sum([1], 2, 3)", "sum(['a'])", "any()", "all(1)", "enumerate()", "zip(1)", "map()",
 "filter(None)", "reversed()", "callable()", "id()", "repr()", "type()", "type(1, 2)", "type('A', (1,), {})", "object(1)",
 "int('')", "int(None)", "int('1', base=40)", "float(None)", "float('')", "complex('x')", "bool(1, 2)",
 "issubclass(1, int)", "issubclass(int, 1)", "print(sep=1)", "print(end=2)", "print(foo=1)", "vars(1)", "dir(1, 2)",
 "1 + None", "None + 1", "[] + ()", "() + []", "'a' * 'b'", "[1] * 1.5", "1 < None", "None < None", "[] < ()", "-'a'", "~1.5", "+[]",
 "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "divmod(1, 0)", "divmod(1.0, 0)", "2 ** -1 % 0", "0 ** -1", "0.0 ** -1",
 "(1).foo", "1 .__class__.__name__", "int.foo", "type.foo", "object().foo", "None.foo", "int.__dict__['foo']",
 "int.real.foo", "(1).real = 5", "del (1).real", "len(5)", "5[0]", "5[0] = 1", "del 5[0]", "3 in 5", "iter(5)", "next(5)",
 "list(5)", "[*5]", "{**5}", "f(**1)" , "max(1)", "min([])", "{}.pop(1)", "[].pop()", "[1][5]", "(1,)[5]", "'a'[5]", "{}[[]]",
 "int.bit_length()", "int.bit_length(1, 2)", "(1).to_bytes(1, 'middle')", "float.fromhex('zz')", "(1.5).as_integer_ratio(1)",
 "ValueError(x=1)", "BaseException.__new__(1)", "raise 1", "raise ValueError from 1", "super()", "super(1)", "super(int, 'a')",
 "property(1, 2, 3, 4, 5)", "staticmethod()", "classmethod(1, 2)", "NotImplemented()", "type(None)(1)", "int.__new__(str)",
 "object.__new__(int)", "int.__add__('a', 1)", "int.__add__(1)", "object.__init__(1, 2)",
]
def f(**kw): pass
for src in tests:
    try:
        r = eval(src) if not src.startswith(("raise", "del")) and "=" not in src.replace("==", "") or src.startswith("int('1', base") or src.startswith("print(") or src.startswith("min(1, 2, foo") or src.startswith("sorted(1, key") or src.startswith("ValueError(x") or src.startswith("(1).to_bytes") else exec(src)
        print(src, "->", repr(r)[:60])
    except Exception as e:
        print(src, "!!", type(e).__name__ + ":", e)
`, "len() !! TypeError: len() takes exactly one argument (0 given)\nlen(1, 2) !! TypeError: len() takes exactly one argument (2 given)\nabs() !! TypeError: abs() takes exactly one argument (0 given)\nisinstance(1) !! TypeError: isinstance expected 2 arguments, got 1\ngetattr(1) !! TypeError: getattr expected at least 2 arguments, got 1\ngetattr(1, 'x') !! AttributeError: 'int' object has no attribute 'x'\nsetattr(1, 'x') !! TypeError: setattr expected 3 arguments, got 2\nhash([]) !! TypeError: unhashable type: 'list'\nhash({}) !! TypeError: unhashable type: 'dict'\niter() !! TypeError: iter expected at least 1 argument, got 0\nnext() !! TypeError: next expected at least 1 argument, got 0\ndivmod(1) !! TypeError: divmod expected 2 arguments, got 1\npow() !! TypeError: pow() missing required argument 'base' (pos 1)\npow(1) !! TypeError: pow() missing required argument 'exp' (pos 2)\nround() !! TypeError: round() missing required argument 'number' (pos 1)\nround(1.5, 'a') !! TypeError: 'str' object cannot be interpreted as an integer\nchr('a') !! TypeError: 'str' object cannot be interpreted as an integer\nchr(0x110000) !! ValueError: chr() arg not in range(0x110000)\nord('') !! TypeError: ord() expected a character, but string of length 0 found\nhex('a') !! TypeError: 'str' object cannot be interpreted as an integer\nformat(1, 2) !! TypeError: format() argument 2 must be str, not int\nsorted() !! TypeError: sorted expected 1 argument, got 0\nsorted([1], 1) !! TypeError: sorted expected 1 argument, got 2\nsorted(1, key=len) !! TypeError: 'int' object is not iterable\nmin(1, 2, foo=3) !! TypeError: 'foo' is an invalid keyword argument for min()\nmax() !! TypeError: max expected at least 1 argument, got 0\nsum() !! TypeError: sum() takes at least 1 positional argument (0 given)\nsum([1], 2, 3) !! TypeError: sum() takes at most 2 arguments (3 given)\nsum(['a']) !! TypeError: unsupported operand type(s) for +: 'int' and 'str'\nany() !! TypeError: any() takes exactly one argument (0 given)\nall(1) !! TypeError: 'int' object is not iterable\nenumerate() !! TypeError: enumerate() missing required argument 'iterable'\nzip(1) !! TypeError: 'int' object is not iterable\nmap() !! TypeError: map() must have at least two arguments.\nfilter(None) !! TypeError: filter expected 2 arguments, got 1\nreversed() !! TypeError: reversed expected 1 argument, got 0\ncallable() !! TypeError: callable() takes exactly one argument (0 given)\nid() !! TypeError: id() takes exactly one argument (0 given)\nrepr() !! TypeError: repr() takes exactly one argument (0 given)\ntype() !! TypeError: type() takes 1 or 3 arguments\ntype(1, 2) !! TypeError: type() takes 1 or 3 arguments\ntype('A', (1,), {}) !! TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases\nobject(1) !! TypeError: object() takes no arguments\nint('') !! ValueError: invalid literal for int() with base 10: ''\nint(None) !! TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'\nint('1', base=40) !! ValueError: int() base must be >= 2 and <= 36, or 0\nfloat(None) !! TypeError: float() argument must be a string or a real number, not 'NoneType'\nfloat('') !! ValueError: could not convert string to float: ''\ncomplex('x') !! ValueError: complex() arg is a malformed string\nbool(1, 2) !! TypeError: bool expected at most 1 argument, got 2\nissubclass(1, int) !! TypeError: issubclass() arg 1 must be a class\nissubclass(int, 1) !! TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union\nprint(sep=1) !! TypeError: sep must be None or a string, not int\nprint(end=2) !! TypeError: end must be None or a string, not int\nprint(foo=1) !! TypeError: 'foo' is an invalid keyword argument for print()\nvars(1) !! TypeError: vars() argument must have __dict__ attribute\ndir(1, 2) !! TypeError: dir expected at most 1 argument, got 2\n1 + None !! TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\nNone + 1 !! TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'\n[] + () !! TypeError: can only concatenate list (not \"tuple\") to list\n() + [] !! TypeError: can only concatenate tuple (not \"list\") to tuple\n'a' * 'b' !! TypeError: can't multiply sequence by non-int of type 'str'\n[1] * 1.5 !! TypeError: can't multiply sequence by non-int of type 'float'\n1 < None !! TypeError: '<' not supported between instances of 'int' and 'NoneType'\nNone < None !! TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'\n[] < () !! TypeError: '<' not supported between instances of 'list' and 'tuple'\n-'a' !! TypeError: bad operand type for unary -: 'str'\n~1.5 !! TypeError: bad operand type for unary ~: 'float'\n+[] !! TypeError: bad operand type for unary +: 'list'\n1 / 0 !! ZeroDivisionError: division by zero\n1 // 0 !! ZeroDivisionError: integer division or modulo by zero\n1 % 0 !! ZeroDivisionError: integer modulo by zero\n1.0 / 0 !! ZeroDivisionError: float division by zero\n1.0 // 0.0 !! ZeroDivisionError: float floor division by zero\ndivmod(1, 0) !! ZeroDivisionError: integer division or modulo by zero\ndivmod(1.0, 0) !! ZeroDivisionError: float divmod()\n2 ** -1 % 0 !! ZeroDivisionError: float modulo\n0 ** -1 !! ZeroDivisionError: 0.0 cannot be raised to a negative power\n0.0 ** -1 !! ZeroDivisionError: 0.0 cannot be raised to a negative power\n(1).foo !! AttributeError: 'int' object has no attribute 'foo'\n1 .__class__.__name__ -> 'int'\nint.foo !! AttributeError: type object 'int' has no attribute 'foo'\ntype.foo !! AttributeError: type object 'type' has no attribute 'foo'\nobject().foo !! AttributeError: 'object' object has no attribute 'foo'\nNone.foo !! AttributeError: 'NoneType' object has no attribute 'foo'\nint.__dict__['foo'] !! KeyError: 'foo'\nint.real.foo !! AttributeError: 'getset_descriptor' object has no attribute 'foo'\n(1).real = 5 !! AttributeError: attribute 'real' of 'int' objects is not writable\ndel (1).real !! AttributeError: attribute 'real' of 'int' objects is not writable\nlen(5) !! TypeError: object of type 'int' has no len()\n5[0] !! TypeError: 'int' object is not subscriptable\n5[0] = 1 !! TypeError: 'int' object does not support item assignment\ndel 5[0] !! TypeError: 'int' object does not support item deletion\n3 in 5 !! TypeError: argument of type 'int' is not iterable\niter(5) !! TypeError: 'int' object is not iterable\nnext(5) !! TypeError: 'int' object is not an iterator\nlist(5) !! TypeError: 'int' object is not iterable\n[*5] !! TypeError: Value after * must be an iterable, not int\n{**5} !! TypeError: 'int' object is not a mapping\nf(**1) !! TypeError: __main__.f() argument after ** must be a mapping, not int\nmax(1) !! TypeError: 'int' object is not iterable\nmin([]) !! ValueError: min() arg is an empty sequence\n{}.pop(1) !! KeyError: 1\n[].pop() !! IndexError: pop from empty list\n[1][5] !! IndexError: list index out of range\n(1,)[5] !! IndexError: tuple index out of range\n'a'[5] !! IndexError: string index out of range\n{}[[]] !! TypeError: unhashable type: 'list'\nint.bit_length() !! TypeError: unbound method int.bit_length() needs an argument\nint.bit_length(1, 2) !! TypeError: int.bit_length() takes no arguments (1 given)\n(1).to_bytes(1, 'middle') !! ValueError: byteorder must be either 'little' or 'big'\nfloat.fromhex('zz') !! ValueError: invalid hexadecimal floating-point string\n(1.5).as_integer_ratio(1) !! TypeError: float.as_integer_ratio() takes no arguments (1 given)\nValueError(x=1) !! TypeError: ValueError() takes no keyword arguments\nBaseException.__new__(1) !! TypeError: BaseException.__new__(X): X is not a type object (int)\nraise 1 !! TypeError: exceptions must derive from BaseException\nraise ValueError from 1 !! TypeError: exception causes must derive from BaseException\nsuper() !! RuntimeError: super(): no arguments\nsuper(1) !! TypeError: super() argument 1 must be a type, not int\nsuper(int, 'a') !! TypeError: super(type, obj): obj must be an instance or subtype of type\nproperty(1, 2, 3, 4, 5) !! TypeError: property() takes at most 4 arguments (5 given)\nstaticmethod() !! TypeError: staticmethod expected 1 argument, got 0\nclassmethod(1, 2) !! TypeError: classmethod expected 1 argument, got 2\nNotImplemented() !! TypeError: 'NotImplementedType' object is not callable\ntype(None)(1) !! TypeError: NoneType takes no arguments\nint.__new__(str) !! TypeError: int.__new__(str): str is not a subtype of int\nobject.__new__(int) !! TypeError: object.__new__(int) is not safe, use int.__new__()\nint.__add__('a', 1) !! TypeError: descriptor '__add__' requires a 'int' object but received a 'str'\nint.__add__(1) !! TypeError: expected 1 argument, got 0\nobject.__init__(1, 2) -> None\n"},
	{"unicode_digits_oserror", `print(int('९'), int(' ٣٤ '), float('١.٥'), int('१२३', 16))
e = OSError(1, 'x', 'file')
print(repr(e), str(e), e.filename, e.args)
ns = {}
exec("class A: pass\nA.__name__ = 'B'\nr = repr(A), A.__qualname__", ns)
print(ns['r'])
try:
    sorted([2, 1], reverse=None)
except TypeError as e:
    print(e)
print(sorted([2, 1], reverse=1), len.__module__, str.upper.__objclass__)
`, "9 34 1.5 291\nPermissionError(1, 'x') [Errno 1] x: 'file' file (1, 'x')\n(\"<class 'B'>\", 'A')\n'NoneType' object cannot be interpreted as an integer\n[2, 1] builtins <class 'str'>\n"},
	{"exception_groups", `eg = ExceptionGroup("msg", [KeyError("k"), OSError("o")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(OSError).exceptions, isinstance(eg, Exception), type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
`, "ExceptionGroup('msg', [KeyError('k'), OSError('o')]) msg (2 sub-exceptions) 2 msg\nExceptionGroup('msg', [KeyError('k')]) ExceptionGroup('msg', [OSError('o')])\n(OSError('o'),) True BaseExceptionGroup\nCannot nest BaseExceptions in an ExceptionGroup\n"},
}
