# sys.version_info is a struct sequence: a tuple with named fields and CPython's repr
import sys
v = sys.version_info
print(v, v.major, v.minor, v.releaselevel, v[:2], v >= (3, 8), v < (3, 12), len(v))
print(type(v).__name__, isinstance(v, tuple), v == (3, 11, 7, "final", 0), tuple(v)[-1])
major, minor, *rest = v
print(major, minor, rest, "%d.%d" % v[:2])
try:
    type(v)((1, 2, 3, "x", 0))
except TypeError as e:
    print("TypeError", e)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
