# reflected comparisons: a > b falls back to b < a; subclass reflected method first
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("L.__lt__", self.v, getattr(o, "v", o))
        return self.v < (o.v if isinstance(o, L) else o)
print(L(1) > L(2))
print(5 > L(3))
print(L(1) < 2)
class Sub(L):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
print(L(1) < Sub(0))
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return NotImplemented
print(E() == E(), E() != 1)
