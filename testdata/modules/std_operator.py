# operator: operator functions, itemgetter/attrgetter/methodcaller and their reprs and errors
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2); print(op.getitem(d, "b"), d)
op.delitem(d, "a"); print(d)
l = [1]
print(op.iadd(l, [2]) is l, l, op.imul(3, 4), op.__add__(1, 2), op.__not__(1), op.length_hint(iter([1, 2, 3])), op.length_hint(3, 9))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0)), sorted([(1, "b"), (0, "c"), (1, "a")], key=itemgetter(0, 1)))
class P:
    def __init__(self, x, y):
        self.x = x; self.y = y; self.me = self
    def dist(self, k=1):
        return (self.x + self.y) * k
p = P(3, 4)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("me.me.y")(p))
print(methodcaller("dist")(p), methodcaller("dist", 2)(p), methodcaller("dist", k=3)(p), methodcaller("upper")("hi"))
print(repr(itemgetter(1, "a")), repr(attrgetter("x", "y.z")), repr(methodcaller("f", 1, k=2)))
for f, a in [(itemgetter(5), [1]), (attrgetter("nope"), p), (op.index, 1.5), (op.indexOf, ([1], 3)), (op.truediv, (1, 0)), (op.concat, (1, 2))]:
    try:
        f(*a) if isinstance(a, tuple) else f(a)
    except Exception as e:
        print(type(e).__name__, e)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
