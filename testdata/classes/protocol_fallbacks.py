# fallbacks: __contains__ via __iter__ or __getitem__, __iadd__ NotImplemented falls back to __add__, sum via __radd__
class ViaIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10
print(2 in ViaIter(), 5 in ViaIter(), 20 in ViaGetitem(), 25 in ViaGetitem(), list(ViaGetitem()))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        print("__radd__", o)
        return Num(o + self.v)
    def __iadd__(self, o):
        print("__iadd__ declines")
        return NotImplemented
    def __repr__(self):
        return f"Num({self.v})"
n = Num(1)
n += Num(2)
print(n)
print(sum([Num(1), Num(2)]), sum([Num(5)], 10))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
print(max([OnlyLt(3), OnlyLt(9), OnlyLt(1)]), min([OnlyLt(3), OnlyLt(9), OnlyLt(1)]))
class EqList:
    def __eq__(self, o):
        return "truthy string"
print([EqList()] == [EqList()], EqList() == 1, (EqList() == 1) is True)
