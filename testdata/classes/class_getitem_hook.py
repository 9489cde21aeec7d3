# __class_getitem__: C[...] on a class calls it (implicit classmethod), with tuples for several items; instances use __getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x"])
print(Box[int, str])
print(Box[()])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub[float])

class Both:
    def __getitem__(self, i):
        return ("instance", i)
    def __class_getitem__(cls, i):
        return ("class", i)

print(Both()[1], Both[1])

# a metaclass __getitem__ wins over __class_getitem__
class M(type):
    def __getitem__(cls, i):
        return ("meta", i)

class WithMeta(metaclass=M):
    def __class_getitem__(cls, i):
        return ("cgi", i)
print(WithMeta[5])

# builtin generic aliases
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]([1, 2])).__name__)

class Registry:
    items = {}
    def __class_getitem__(cls, key):
        return cls.items.setdefault(key, [])

Registry["a"].append(1)
Registry["a"].append(2)
print(Registry["a"], Registry["b"])
