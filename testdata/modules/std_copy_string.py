# copy (copy/deepcopy, shared references, cycles, __copy__/__deepcopy__, slots) and string constants/capwords/Template
import copy, string
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
shared = [0]
x = [shared, shared]
y = copy.deepcopy(x); print(y[0] is y[1], y[0] is shared)
cyc = [1]; cyc.append(cyc)
d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); u = copy.deepcopy(t2); print(u, u is t2, u[1] is t2[1])
class P:
    def __init__(self, v):
        self.v = v
        self.items = [v]
p = P(3); q = copy.copy(p); r = copy.deepcopy(p)
print(q.v, q.items is p.items, r.items is p.items, r.items, type(r).__name__)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        n = Custom(); n.log = ["copied"]; return n
    def __deepcopy__(self, memo):
        n = Custom(); n.log = ["deep", len(memo) >= 0]; return n
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
print(copy.copy({1, 2}), copy.deepcopy({"a": (1, [2])}), copy.copy(5), copy.deepcopy("s"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_uppercase)
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
T = string.Template("$who likes ${what}, $$5 ok")
print(T.substitute(who="tim", what="kung pao"), T.substitute({"who": "x"}, what="y"), T.get_identifiers())
print(string.Template("$a and $b").safe_substitute(a=1), string.Template("$").is_valid())
for bad in [lambda: T.substitute(who="x"), lambda: string.Template("ok $ 5").substitute()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
