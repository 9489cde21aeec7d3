# abc: __slots__ on ABCs and plain classes: member descriptors, unset-slot errors, no __dict__, abstract slotted bases
from abc import ABC, abstractmethod
class Shape(ABC):
    __slots__ = ("name",)
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    __slots__ = ("side",)
    def __init__(self, side):
        self.name = "sq"
        self.side = side
    def area(self):
        return self.side ** 2
s = Sq(3)
print(s.area(), s.name, hasattr(s, "__dict__"), Sq.__slots__, Shape.__slots__)
print(Sq.side, repr(Shape.name), type(Sq.side).__name__, Sq.side.__name__ if hasattr(Sq.side, "__name__") else "")
try:
    s.colour = "red"
except AttributeError as e:
    print(e)
class A:
    __slots__ = "x"
a = A()
try:
    a.x
except AttributeError as e:
    print(e)
try:
    del a.x
except AttributeError as e:
    print("del:", e)
a.x = 1
del a.x
print(hasattr(a, "x"))
class C(A):
    pass
c = C()
c.w = 5
c.x = 6
print(c.w, c.x, Sq.side.__qualname__, Sq.side.__objclass__)
try:
    class D:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
try:
    class E:
        __slots__ = (1,)
except TypeError as e:
    print(e)
class D:
    __slots__=("a",)
d=D()
D.a.__set__(d, 3); print(D.a.__get__(d), D.a.__get__(None, D)); D.a.__delete__(d)
try: D.a.__delete__(d)
except AttributeError as e: print(e)
try: D.a.__get__(5)
except TypeError as e: print(e)
