# weakref: WeakValueDictionary, WeakKeyDictionary and WeakSet with live entries, and their type errors
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

x, y, z = Obj("x"), Obj("y"), Obj("z")
d = weakref.WeakValueDictionary()
d["x"] = x
d["y"] = y
print(sorted(d.keys()), d["x"], d.get("nope"), len(d), "x" in d, "q" in d, sorted(d.items(), key=lambda kv: kv[0]))
for k in d:
    print("key", k)
try:
    d["bad"] = 5
except TypeError as e:
    print(e)
del d["y"]
print(len(d), d.pop("x"), len(d), d.pop("x", "default"))
d.update({"z": z}, w=x)
print(sorted(d), d.setdefault("z", y), isinstance(d, dict))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
refs = d.valuerefs()
print(sorted(r() .name for r in refs))
c = d.copy()
print(type(c).__name__, len(c))

k = weakref.WeakKeyDictionary()
k[x] = "meta-x"
k[y] = "meta-y"
print(k[x], x in k, len(k), sorted(k.values()), "str key" in k)
try:
    k["s"] = 1
except TypeError as e:
    print(e)
del k[x]
print(len(k), [r() for r in k.keyrefs()])

ws = weakref.WeakSet([x, y])
print(len(ws), x in ws, 5 in ws, z in ws)
ws.add(z)
ws.discard(x)
print(len(ws), sorted(o.name for o in ws))
try:
    ws.add(3)
except TypeError as e:
    print(e)
try:
    ws.remove(x)
except KeyError:
    print("KeyError on remove")
print(sorted(o.name for o in (ws | weakref.WeakSet([x]))), len(ws & weakref.WeakSet([y])))
