# template-method pattern with NotImplementedError in a base class
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r * self.r
class Blob(Shape):
    pass
for s in (Sq(2), Circle(1), Blob()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(sorted([Sq(3), Sq(1), Circle(1)], key=lambda s: s.area())[0].area())
try:
    sorted([Sq(1), Blob()], key=Shape.area)
except NotImplementedError as e:
    print("NotImplementedError", e)
