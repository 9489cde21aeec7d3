# attribute lookup: instance dict, class, base classes; getattr/setattr/delattr/hasattr
class A:
    x = 1
    def m(self):
        return "A.m"
class B(A):
    y = 2
b = B()
print(b.x, b.y, b.m(), getattr(b, "x"), getattr(b, "zz", None), hasattr(b, "m"))
setattr(b, "x", 100)
print(b.x, B.x, A.x, b.__dict__, sorted(k for k in B.__dict__ if not k.startswith("__")))
delattr(b, "x")
print(b.x)
B.x = 5
print(b.x, A.x)
b.m = lambda: "instance attr"
print(b.m(), B.m(b))
try:
    getattr(b, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    B.nope
except AttributeError as e:
    print("AttributeError", e)
