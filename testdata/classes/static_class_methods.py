# staticmethod and classmethod, alternative constructors, cls in subclasses
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        type(self).count += 1
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def area_of_square(s):
        return s * s
    @classmethod
    def kind(cls):
        return cls.__name__
class Circle(Shape):
    count = 0
s = Shape.make("a")
c = Circle.make("b")
c2 = c.make("c")
print(type(s).__name__, type(c).__name__, type(c2).__name__, Shape.count, Circle.count)
print(Shape.area_of_square(3), s.area_of_square(4), Circle.kind(), c.kind(), Shape.kind())
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["area_of_square"]).__name__)
