# structural pattern matching: literals, sequences, mappings, classes, guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"k": val}:
            return f"mapping k={val}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case str() as s:
            return "string " + s
        case _:
            return "other"
for v in [0, 2, [1, 2], [1, 2, 3], (), {"k": 5, "j": 1}, Point(0, 3), Point(2, 2), Point(1, 2), "hi", 3.5]:
    print(describe(v))
