# copy: copy/deepcopy of namedtuple, deque, defaultdict, OrderedDict, Counter, exceptions and partial objects
import copy
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter
P = namedtuple("P", "x y")
p = P([1], 2)
q = copy.deepcopy(p); print(q, q.x is p.x, type(q).__name__, copy.copy(p) is p)
d = deque([[1], 2], maxlen=5); e = copy.deepcopy(d); print(e, e[0] is d[0], e.maxlen)
dd = defaultdict(list, a=[1]); ee = copy.deepcopy(dd); print(ee, ee["a"] is dd["a"], ee["new"])
od = OrderedDict(b=[1], a=2); print(copy.deepcopy(od), copy.copy(od))
c = Counter("aab"); print(copy.deepcopy(c), copy.copy(c))
class E(Exception): pass
print(repr(copy.deepcopy(E("m", 1))))
import functools
print(copy.deepcopy(functools.partial(max, 1))(0))
