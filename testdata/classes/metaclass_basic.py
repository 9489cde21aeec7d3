# metaclasses: __new__ and __init__ of a metaclass, class registry, type() with three args
registry = []
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        registry.append(name)
        return cls
    def __call__(cls, *a):
        print("creating", cls.__name__, a)
        return super().__call__(*a)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
c = Child(5)
print(registry, Child.tag, c.v, type(Child).__name__, isinstance(Child, Meta))
Dyn = type("Dyn", (Base,), {"extra": lambda self: self.v * 2})
print(Dyn(4).extra(), Dyn.tag, registry)
print(type(int).__name__, type(type).__name__, type(Base) is Meta)
class WithInit:
    def __init_subclass__(cls, greeting="hi", **kw):
        super().__init_subclass__(**kw)
        cls.greeting = greeting
class Sub1(WithInit, greeting="hello"):
    pass
class Sub2(WithInit):
    pass
print(Sub1.greeting, Sub2.greeting)
