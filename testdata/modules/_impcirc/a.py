print("a starts")
from . import b
X = "x from a"
def use():
    return b.Y
print("a ends")
