# match statement: value patterns, mapping rest, starred middle, class keyword patterns, OR bindings, guards
import sys
class Color:
    RED = "red"
    GREEN = "green"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def check(v):
    match v:
        case None:
            return "None"
        case True:
            return "True literal"
        case Color.RED:
            return "value pattern red"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case [first, *middle, last] if len(middle) > 1:
            return f"long seq {first} {middle} {last}"
        case [_, _] | (_, _, _):
            return "pair or triple"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case {"k": [1, *_]}:
            return "nested mapping with list"
        case _:
            return "fallback " + type(v).__name__
for v in [None, True, 1, "red", "green", {"type": "circle", "r": 2, "c": "b"}, [1, 2, 3, 4], [1, 2], (1, 2, 3), "123", -5, -0.5, Point(0, 0), Point(3, 3), Point(1, 2), {"k": [1, 2]}, {"k": [2]}, "text"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", check(v))
match sys.version_info[:2]:
    case (3, minor) if minor >= 11:
        print("3.11+")
    case _:
        print("older")
