# functools: reduce, partial, wraps, lru_cache/cache_info, cache, total_ordering, cmp_to_key, cached_property, singledispatch
import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, "hello"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=10)
print(p(2), p(2, 5, d=0), p.args, p.keywords, p.func is f)
pp = partial(p, 9)
print(pp(), pp.args, pp.keywords)
print(repr(partial(max, 1, key=abs)).replace(repr(max), "MAX"))
try:
    partial(3)
except TypeError as e:
    print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner
@deco
def g(x):
    """g doc"""
    return x + 1
print(g(3), g.__name__, g.__doc__, g.__wrapped__(3), g.__qualname__)
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print([sq(i) for i in [1, 2, 1, 3, 2, 1]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty.cache_info())
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), sorted([V(3), V(1), V(2)])[0].v)
try:
    @total_ordering
    class W:
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
class C:
    n = 0
    @cached_property
    def val(self):
        C.n += 1
        return 42
c = C()
print(c.val, c.val, C.n, "val" in c.__dict__)
@functools.singledispatch
def show(x):
    return "obj"
@show.register(int)
def _(x):
    return "int"
@show.register
def _(x: list):
    return "list"
print(show(1), show(True), show([1]), show("s"))
