# __getattribute__ raising AttributeError falls back to __getattr__; __delete__ descriptors; class access to descriptors
class Fallback:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError("hidden is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback for {name}"
f = Fallback()
f.real = 1
print(f.real, f.hidden, f.other)
class Guard:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
    def __set__(self, obj, v):
        print("set", v)
    def __delete__(self, obj):
        print("delete called")
class Host:
    g = Guard()
h = Host()
print(h.g, Host.g)
h.g = 5
del h.g
class Sub(Host):
    pass
print(Sub.g, Sub().g)
class P:
    @property
    def v(self):
        return "P.v"
class Q(P):
    v = "plain attribute overrides the property"
print(P().v, Q().v)
class R(P):
    @property
    def v(self):
        return "R.v+" + super().v
print(R().v)
