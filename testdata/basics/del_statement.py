# del of names, items, slices, attributes; using a deleted name fails
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
a = [1, 2, 3, 4]
del a[0], a[-1]
print(a)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 5
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError as e:
    print("AttributeError", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
