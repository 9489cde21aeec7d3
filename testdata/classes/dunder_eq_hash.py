# __eq__, __ne__ derived from __eq__, __hash__ set to None when only __eq__ defined
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
print(V(1) == V(1), V(1) != V(1), V(1) == V(2), V(1) != V(2), V(1) == 1, V(1) != 1)
print(V.__hash__ is None)
try:
    {V(1)}
except TypeError as e:
    print("TypeError", e)
class H(V):
    def __hash__(self):
        return hash(self.v)
s = {H(1), H(1), H(2)}
print(len(s), H(2) in s, [H(1)].count(H(1)), H(3) in [H(3)], [H(1)].index(H(1)))
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), a != Plain(), hash(a) == hash(a))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), None == AlwaysEq())
