# typing: the runtime hooks typing/enum/dataclasses rely on: writable function defaults/annotations, __mro_entries__, __prepare__ dict subclasses, type.__setattr__, GenericAlias
def f(a, b=1, *, c=2):
    return (a, b, c)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 20}
print(f(1), f(1, 2), f(1, c=3), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
for attr, bad in (("__defaults__", [1]), ("__kwdefaults__", 3), ("__annotations__", "x")):
    try:
        setattr(f, attr, bad)
    except TypeError as e:
        print(attr, e)

class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (dict,)
class D(Entry(), metaclass=type):
    pass
print(D.__mro__, type(D.__orig_bases__[0]).__name__, D(a=1))
class Bad:
    def __mro_entries__(self, bases):
        return [dict]
try:
    class E(Bad()):
        pass
except TypeError as e:
    print(e)

class Recorder(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("bind", key, value if not callable(value) else "<function>")
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
class K(metaclass=Meta, flag=True):
    x = 1
    y = x + 1
    def m(self):
        return "m"
K.z = 3
type.__setattr__(K, "w", 4)
print(K.x, K.y, K.z, K.w, K().m())
type.__delattr__(K, "w")
print(hasattr(K, "w"))
try:
    type.__setattr__(int, "q", 1)
except TypeError as e:
    print(e)

class WithDoc:
    pass
WithDoc.__doc__ = "set later"
print(WithDoc.__doc__, WithDoc.__annotations__)
class Ann:
    a: int
class Sub(Ann):
    pass
print(Ann.__annotations__, Sub.__annotations__)

print(list[int], dict[str, list[int]], tuple[int, ...], type[int] | None, list[int] == list[int])
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__, list[int].__parameters__)
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__, L([3]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)

# namespaces from __prepare__ answer LOAD_NAME through __getitem__/__missing__
class AutoNS(dict):
    def __missing__(self, key):
        if key.isupper():
            v = len([k for k in self if k.isupper()])
            self[key] = v
            return v
        raise KeyError(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Colors(metaclass=Meta):
    RED
    GREEN
    BLUE
    total = len
print(Colors.RED, Colors.GREEN, Colors.BLUE, Colors.total is len)
class Loud(dict):
    def __getitem__(self, k):
        v = super().__getitem__(k)
        return v * 2 if isinstance(v, int) else v
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Loud()
class X(metaclass=M2):
    a = 3
    b = a + 1
print(X.a, X.b)
ns = Loud(q=5)
exec("r = q", {}, ns)
print(ns["r"], dict.__getitem__(ns, "r"))
