# enum: the DeprecationWarnings 3.11 prints for a non-member `in` check and for auto() after a larger value
from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2

try:
    print(1 in Color)
except TypeError as e:
    print(type(e).__name__, e)
print(Color.RED in Color)

class Odd(Enum):
    A = 5
    B = 1
    C = auto()
print(list(Odd))

class Even(Enum):
    A = 1
    B = auto()
    C = 10
    D = auto()
print(list(Even))
