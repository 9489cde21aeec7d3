# functools: partialmethod, partial with keywords and as a class attribute (not bound), LRU eviction order
import functools
class C:
    def __init__(self):
        self.state = None
    def set_state(self, v, extra=0):
        self.state = (v, extra)
    on = functools.partialmethod(set_state, True)
    off = functools.partialmethod(set_state, False, extra=5)
c = C(); c.on(); print(c.state); c.off(); print(c.state); c.on(extra=2); print(c.state)
p = functools.partial(int, base=2)
print(p("101"), p("11", base=10))
class D:
    f = functools.partial(lambda *a: a, 1)
print(D().f(2))
@functools.lru_cache(maxsize=3)
def sq(x): return x * x
for i in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(i)
print(sq.cache_info())
print(functools.reduce(lambda a, b: a * 10 + b, range(1, 6), 0))
