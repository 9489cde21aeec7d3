# abc: register() as call and decorator, isinstance through subclasses and registries, update_abstractmethods
import abc
class Serializer(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def dumps(self, obj): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Serializer and any("dumps" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class JSONish:
    def dumps(self, obj): return repr(obj)
class Nothing: pass
print(issubclass(JSONish, Serializer), issubclass(Nothing, Serializer))
class Container(abc.ABC): pass
class Bag(Container): pass
@Container.register
class External: pass
Bag.register(tuple)
for x in (Bag(), External(), (1,), [1], "s"):
    print(type(x).__name__, isinstance(x, Container), isinstance(x, Bag))
print(Container.register(Bag) is Bag)
tok = abc.get_cache_token()
Container.register(list)
print(abc.get_cache_token() != tok, isinstance([], Container))
class Partial(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
def fill(cls):
    cls.a = lambda self: "a"
    return abc.update_abstractmethods(cls)
@fill
class Filled(Partial):
    def b(self): return "b"
f = Filled()
print(f.a(), f.b(), Filled.__abstractmethods__)
class Mixed(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...
    @value.setter
    def value(self, v): ...
print(sorted(Mixed.__abstractmethods__))
try:
    Mixed()
except TypeError as e:
    print(e)
try:
    abc.ABC()
    print("ABC() ok")
except TypeError as e:
    print(e)
