# collections: deque, defaultdict, OrderedDict, Counter (most_common ties, arithmetic), namedtuple, ChainMap
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
d.reverse(); print(d, d.count(1), d.index(2), 3 in d, 7 in d)
d.remove("a"); d.insert(1, "x"); print(d, list(reversed(d)))
d[0] = "first"; del d[1]; print(d, d == deque(["first", 3, 2, 1, 9, 8][:len(d)]))
m = deque(range(10), maxlen=3); print(m, m.maxlen)
m.append(10); print(m); m.appendleft(-1); print(m); m.extend([20, 21]); print(m)
print(deque("ab") + deque("cd"), deque([1]) * 3, deque() == deque([]), bool(deque()), deque(maxlen=0))
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], sum(q))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1], maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["zz"], len(dd), isinstance(dd, dict), dd.default_factory)
di = defaultdict(int); di["x"] += 5; print(di, dict(di))
dn = defaultdict(); 
try:
    dn["k"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(lambda: 7, a=1)["b"])
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od); od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), list(OrderedDict.fromkeys("xyz")))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter({"x": 2, "y": 0, "z": -1}).most_common())
c2 = Counter(a=1, b=5, q=2)
print(c + c2, c - c2, c | c2, c & c2, -Counter(a=-2, b=3), +Counter(a=-2, b=3))
c.update("aaz"); c.subtract(b=10); print(c)
c.update({"k": 3}); print(c["k"], Counter() == Counter(a=0), Counter(a=1) <= Counter(a=2, b=1))
print(Counter("mississippi").most_common(3), Counter([3, 1, 2, 1, 3]).most_common())
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=5), Point._make([7, 8]), p == (1, 2), len(p))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3._field_defaults, P3.__name__, isinstance(P3(1), tuple))
x, y = p; print(x + y, hash(p) == hash((1, 2)))
R = namedtuple("R", "a def a _b", rename=True); print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: p._replace(z=1), lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "a _b"), lambda: namedtuple("T", "class"), lambda: Point._make([1]), lambda: setattr(p, "x", 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm, cm)
cm["c"] = 4; print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents)
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
class MyDeque(deque):
    def total(self):
        return sum(self)
md = MyDeque([1, 2, 3], maxlen=5); md.appendleft(0); print(md, md.total(), md.copy(), type(md.copy()).__name__)
it = iter(deque([1, 2, 3])); dq = deque([1, 2, 3]); it2 = iter(dq); next(it2); dq.append(4)
try:
    next(it2)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(it), deque([1, 2]) < deque([1, 3]), deque("abc")[True], deque(range(5))[-2])
for bad in [lambda: deque([1])["x"], lambda: deque([1]).__setitem__(3, 0), lambda: deque([1]).__delitem__(-5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
from collections import namedtuple
P = namedtuple("P", "x")
print(P.__module__, P.__doc__, P.x.__doc__ if hasattr(P.x, "__doc__") else None, P.__new__.__doc__)
print(P.__qualname__, P._make.__qualname__ if hasattr(P._make, "__qualname__") else None)
