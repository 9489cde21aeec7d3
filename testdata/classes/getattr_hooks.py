# __getattr__ only for missing attributes, __getattribute__ for all, __setattr__/__delattr__
class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "b"))
try:
    d.other
except AttributeError as e:
    print("AttributeError", e)
class Log:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
g = Log()
g.a = 1
g.b = 2
del g.a
print(g.log, g.magic, g.b, hasattr(g, "a"))
