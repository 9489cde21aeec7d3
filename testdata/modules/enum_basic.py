# enum: Enum/IntEnum/StrEnum members, iteration, lookup by value and name, reprs and strs as 3.11, aliases, auto, methods
from enum import Enum, IntEnum, StrEnum, auto, unique
import copy

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def is_warm(self):
        return self is Color.RED

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(list(Color), len(Color), list(reversed(Color)))
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1).name)
print(Color.__members__)
print([name for name, m in Color.__members__.items()], Color._member_names_)
print(Color.RED.describe(), Color.default(), Color.RED.is_warm, Color.BLUE.is_warm)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1))
print(Color.RED in Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(f"{Color.RED}", f"{Color.RED!r}", "%s" % Color.GREEN, format(Color.BLUE, "^12"), str(Color.BLUE))
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
print(sorted(Color, key=lambda c: c.value), max(Color, key=lambda c: c.value))
print(bool(Color.RED), Color.RED.__class__.__name__, Color.__name__, Color.RED._value_, Color.RED._name_)

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num.THREE * 2, Num.TWO < Num.THREE, Num.ONE == 1, int(Num.TWO))
print(f"{Num.TWO}", f"{Num.THREE:03d}", str(Num.ONE), Num(3), sorted([Num.THREE, Num.ONE]), [1, 2, 3][Num.ONE])
print(isinstance(Num.ONE, int), Num.ONE.real, hash(Num.ONE) == hash(1), Num.ONE in {1: "x"})

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = auto()
    EAST = "e"
print(Dir.NORTH, repr(Dir.NORTH), Dir.EAST, Dir("south"), Dir.NORTH == "north", Dir.NORTH.upper(), f"{Dir.EAST}!", "-".join(Dir))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))

class Mixed(str, Enum):
    A = "apple"
    B = "banana"
print(Mixed.A, repr(Mixed.A), f"{Mixed.B}", Mixed.A == "apple", Mixed("banana"), Mixed.A.upper(), len(Mixed.B))

class Custom(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    LOW = (1, "low level")
    HIGH = (2, "high level")
print(Custom.LOW, Custom(2), Custom.HIGH.label, Custom.LOW.value)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape.__members__), [m.name for m in Shape])

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
Sizes = Enum("Sizes", [("S", 1), ("M", 5), ("L", 10)])
print(list(Sizes), Sizes.M)
Levels = IntEnum("Levels", {"LOW": 10, "HIGH": 20})
print(Levels.HIGH + 1, repr(Levels.LOW))
Start = Enum("Start", "X Y", start=10)
print(list(Start))

class WithMissing(Enum):
    A = "a"
    B = "b"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(WithMissing("A"), WithMissing("b"))

class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Greeting(Base):
    X = 1
print(Greeting.X.hello(), Greeting.__mro__[1:])
print(dir(Color))
print(dir(Color.RED))
