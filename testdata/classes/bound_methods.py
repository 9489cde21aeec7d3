# bound methods: __self__, __func__, equality, stored callables, method on class
class A:
    def m(self, x):
        return (type(self).__name__, x)
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, A.m(a, 2), a.m == a.m, a.m is a.m)
class B:
    def __init__(self):
        self.f = self.g
    def g(self):
        return "g called"
print(B().f())
fs = [a.m, A().m]
print([f(9)[1] for f in fs])
def plain(self):
    return "plain"
A.plain = plain
print(a.plain())
a.inst = plain
try:
    a.inst()
except TypeError as e:
    print("TypeError", e)
