# attribute resolution with diamonds: class attributes found through the MRO
class Base:
    x = "Base.x"
    def who(self):
        return "Base"
class Left(Base):
    def who(self):
        return "Left"
class Right(Base):
    x = "Right.x"
    def who(self):
        return "Right"
class Child(Left, Right):
    pass
c = Child()
print(c.x, c.who(), [k.__name__ for k in Child.__mro__])
class Child2(Right, Left):
    pass
print(Child2().x, Child2().who())
class Mixin:
    def hello(self):
        return "mixin hello " + self.name
class Named:
    def __init__(self, name):
        self.name = name
class Both(Mixin, Named):
    pass
print(Both("z").hello(), isinstance(Both("q"), Mixin), issubclass(Both, Named))
