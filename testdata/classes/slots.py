# __slots__ restrict instance attributes and remove __dict__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = P(5)
try:
    q.y
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    pass
q2 = Q(1)
q2.z = 9
print(q2.z, hasattr(q2, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(0)
r.w = 1
print(r.w, r.x)
