# __lt__ and friends, reflected comparisons, sorting custom objects
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        print("lt", self.parts, other.parts)
        return self.parts < other.parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs))
print(Ver(1) > Ver(0))
try:
    Ver(1) <= Ver(2)
except TypeError as e:
    print("TypeError", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
print(Money(1) < Money(2), Money(2) <= Money(2), Money(3) > Money(2), Money(3) >= Money(4), max([Money(5), Money(9), Money(1)]).c)
try:
    object() < object()
except TypeError as e:
    print("TypeError", e)
