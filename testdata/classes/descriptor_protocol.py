# Descriptors: __get__ via instance and class, data vs non-data precedence, __set__, __delete__, __set_name__ with owner and name.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name[1:])
        delattr(obj, self.name)

class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
p.x = 10
print(p.x, p.__dict__)
try:
    p.y = "no"
except TypeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)

# non-data descriptor: the instance dict wins
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        print("computed", self.fn.__name__)
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)

# a data descriptor without __delete__: del raises AttributeError
class ReadOnly:
    def __get__(self, obj, owner):
        return 42
    def __set__(self, obj, value):
        raise AttributeError("read-only")

class Holder:
    v = ReadOnly()

h = Holder()
print(h.v, Holder.v)
for action in (lambda: setattr(h, "v", 1), lambda: delattr(h, "v")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
h.__dict__["v"] = "shadow"
print(h.v)

# __set_name__ is called only for class-body assignments
class Late:
    pass
Late.attr = Typed()
print(hasattr(Late.attr, "name"))
