# getattr with default, setattr, hasattr, delattr, vars, dir on simple objects
class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", 0), hasattr(c, "a"), hasattr(c, "z"))
setattr(c, "z", 26)
print(c.z, vars(c))
delattr(c, "z")
print(vars(c), "a" in dir(c), "b" in dir(c), "z" in dir(c), "__init__" in dir(C))
try:
    getattr(c, "zz")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError", e)
