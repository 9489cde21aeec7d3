# metaclass __prepare__, __instancecheck__, class-level __getattr__ and __repr__ of classes
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Rec(metaclass=OrderedMeta):
    b = 1
    a = 2
    def m(self):
        pass
print(Rec.fields, Rec.prepared)
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Quacker(metaclass=Duck):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker))
class Lazy(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (computed)"
    def __repr__(cls):
        return f"<Lazy class {cls.__name__}>"
class Config(metaclass=Lazy):
    real = "real"
print(Config.real, Config.anything, repr(Config), Config)
print(repr(int), repr(Mallard).endswith("Mallard'>"), type(Config).__name__)
