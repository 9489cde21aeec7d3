# arithmetic dunders, reflected operators, NotImplemented fallback, in-place ops
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b))
try:
    a + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 - a
except TypeError as e:
    print("TypeError", e)
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
acc = Acc()
alias = acc
acc += 5
acc += 6
print(alias.items, acc is alias)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ first"
    def __add__(self, o):
        return "Sub.__add__"
print(Vec(0, 0) + Sub(1, 1))
class R:
    def __radd__(self, o):
        return f"radd({o})"
print(5 + R(), sum([R()], 0) if False else [1] + [2])
class Ops:
    def __sub__(self, o): return "sub"
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return "pow"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __matmul__(self, o): return "matmul"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
o = Ops()
print(o - 1, o / 1, o // 1, o % 1, o ** 1, o & 1, o | 1, o ^ 1, o << 1, o >> 1, o @ 1, ~o, +o)
