# types: the errors of SimpleNamespace, mappingproxy, new_class and a metaclass conflict
import types
for make in (lambda: types.MappingProxyType([1, 2]), lambda: types.MappingProxyType(),
             lambda: types.SimpleNamespace(1, 2), lambda: types.MappingProxyType({})["x"]):
    try:
        print(make())
    except Exception as e:
        print(type(e).__name__, e)
p = types.MappingProxyType({"k": [1]})
try:
    p["k"] = 2
except TypeError as e:
    print("TypeError", e)
print(p["k"], len(p), "k" in p, list(p.items()))
class M1(type): pass
class M2(type): pass
A = types.new_class("A", (), {"metaclass": M1})
B = types.new_class("B", (), {"metaclass": M2})
try:
    types.new_class("C", (A, B))
except TypeError as e:
    print("TypeError", e)
print(type(A).__name__, types.prepare_class("D", (A,))[0].__name__)
