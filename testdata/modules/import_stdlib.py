# importing sys and math in several forms; module attributes and errors
import math
import math as m
from math import sqrt, pi as PI
import sys
print(math.sqrt(9), m.floor(2.7), sqrt(16), PI, m is math, type(math).__name__, math.__name__)
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, type(sys.argv).__name__)
try:
    from math import nonexistent
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
try:
    math.nonexistent
except AttributeError as e:
    print("AttributeError", e)
