# data and non-data descriptors: __get__, __set__, __set_name__, precedence
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Item:
    qty = Typed()
    label = NonData()
    def __init__(self, q):
        self.qty = q
i = Item(3)
print(i.qty, i.__dict__, type(Item.qty).__name__)
try:
    i.qty = "x"
except TypeError as e:
    print("TypeError", e)
print(i.label)
i.__dict__["label"] = "instance wins over non-data"
print(i.label)
i.__dict__["qty"] = 999
print(i.qty)
class Meth:
    def f(self):
        return self
m = Meth()
print(Meth.__dict__["f"].__get__(m, Meth)() is m)
