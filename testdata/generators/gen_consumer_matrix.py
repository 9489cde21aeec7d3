# every builtin consumer of iterators on generators that return a value and on iterators raising StopIteration(value)
def g(n=3, ret="R"):
    for i in range(n):
        yield i
    return ret
def started(n=3):
    it = g(n)
    next(it)
    return it
class It:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("value ignored")
        self.i += 1
        return self.i
cases = [
 "list(started())", "tuple(started())", "set(started())", "dict.fromkeys(started())", "sorted(started(5), reverse=True)",
 "sum(started())", "min(started())", "max(started())", "any(started())", "all(started())", "' '.join(map(str, started()))",
 "[*started()]", "(*started(),)", "{*started()}", "list(enumerate(started()))", "list(zip(started(), started()))", "list(map(str, started()))",
 "list(filter(None, started()))", "list(reversed(list(started())))", "bytes(started())", "bytearray(started())", "2 in started()", "0 in started()",
 "list(It(3))", "sum(It(4))", "[x for x in It(2)]", "list(zip(It(2), It(5)))", "dict(zip(It(3), 'abc'))", "sorted(It(3), key=lambda v: -v)",
 "(lambda a, b: (a, b))(*started())", "'{}-{}'.format(*started())", "list(iter(It(3)))", "next(iter(started()))", "list(zip(started(), 'abcdef', strict=False))",
 "list(zip([1, 2], It(3), strict=True))", "list(zip(It(3), [1, 2], strict=True))", "list(zip([1, 2, 3], It(3), strict=True))",
 "[a + b for a, b in zip(started(), It(9))]", "list(g(0))", "next(g(0), 'empty')", "list(x for x in started())", "sum(x * x for x in It(3))",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except BaseException as e:
        print(c, "!>", type(e).__name__, e)
def deleg():
    r = yield from g(2, "inner-ret")
    yield r
print(list(deleg()))
l = []
l.extend(started())
s = set()
s.update(started(4))
d = {}
d.update(zip(started(), "xyz"))
ba = bytearray()
ba.extend(started())
print(l, s, d, ba)
a, b = started()
print(a, b)
try:
    a, b, c = started()
except ValueError as e:
    print("ValueError", e)
