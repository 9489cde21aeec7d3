# __slots__ attributes through the inline caches: loads, stores, a kind change,
# unset and deleted slots, a subclass slot, and a property that replaces a slot.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x; self.y = y
class Q(P):
    __slots__ = ('z',)
p = P(1, 2)
for i in range(3):
    p.x = p.x + i
    print(p.x, p.y)
q = Q(1.5, 'a')
for i in range(2):
    try:
        print(q.z)
    except AttributeError as e:
        print('AE', e)
    q.z = 3
for i in range(3):
    q.z += 1; q.x = 'str' if i == 1 else q.x
    print(q.x, q.y, q.z)
del q.z
try:
    q.z
except AttributeError as e:
    print('AE', e)
try:
    p.w = 1
except AttributeError as e:
    print('AE', e)
def get(o): return o.x
for i in range(3): print(get(p))
P.x = property(lambda s: 'prop')
print(get(p))
