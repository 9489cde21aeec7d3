# a hand-written record class built on tuple subclassing, with properties and repr
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(10, 20)
print(p, p + q, p.x, p[1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple))
x, y = q
print(x, y, sorted([q, p]), {p: "p"}[(1, 2)])
