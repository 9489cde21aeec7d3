# __init_subclass__: called for each subclass with the class keywords, implicit classmethod, super() chaining, registry.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, "as", cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="b"):
    pass

class Gamma(Beta):
    pass

print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# the base's own class statement does not call its hook
class Base:
    def __init_subclass__(cls, **kw):
        print("hook of Base for", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()

class Mid(Base, flag=True, level=2):
    def __init_subclass__(cls, **kw):
        print("hook of Mid for", cls.__name__)
        super().__init_subclass__(**kw)

class Leaf(Mid, extra="x"):
    pass

# with a metaclass: __init_subclass__ runs inside type.__new__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("Meta.__new__ done", name)
        return cls

class Root(metaclass=Meta):
    def __init_subclass__(cls, tag=None):
        print("Root hook", cls.__name__, tag)

class Child(Root, tag="t"):
    pass
