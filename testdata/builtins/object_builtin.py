# object(), id-free identity checks, __class__, __dict__ of classes, dir sorted
o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, "__dict__"), o.__class__ is object)
class A:
    pass
a = A()
print(a.__class__.__name__, A.__class__.__name__, a.__class__.__class__.__name__, A.__module__)
print(sorted(n for n in dir(A) if not n.startswith("_")), "__init__" in dir(a))
print(object.__name__, object.__bases__, A.__bases__, int.__bases__, bool.__bases__)
