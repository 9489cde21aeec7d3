print("b starts")
from . import a
Y = "y from b"
print("b sees a partially:", hasattr(a, "X"))
try:
    a.X
except AttributeError as e:
    print("AttributeError", e)
print("b ends")
