# abc: abstract methods and instantiation errors, __subclasshook__, register, virtual subclasses
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
print(sorted(Shape.__abstractmethods__))
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "sq"
s = Sq2(3); print(s.describe(), s.perimeter(), Sq2.__abstractmethods__)
print(isinstance(s, Shape), issubclass(Sq2, Shape), isinstance(3, Shape))
class Duck(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duck:
            return hasattr(C, "quack") or NotImplemented
        return NotImplemented
class D:
    def quack(self): pass
print(isinstance(D(), Duck), issubclass(int, Duck))
class V(metaclass=ABCMeta): pass
V.register(int)
print(isinstance(3, V), issubclass(bool, V), issubclass(str, V))
@V.register
class W: pass
print(W.__name__, issubclass(W, V), isinstance(W(), V))
try: V.register(5)
except TypeError as e: print(e)
try: issubclass(5, V)
except TypeError as e: print(e)
class Sub(V): pass
print(issubclass(Sub, V), isinstance(Sub(), V), type(V).__name__, type(ABC).__name__)
try: Sub.register(V)
except RuntimeError as e: print(e)
class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def st(): ...
try: CM()
except TypeError as e: print(e)
from collections.abc import Iterable, Sized, Mapping
class MyIt:
    def __iter__(self): return iter([])
print(isinstance(MyIt(), Iterable), isinstance([], Sized))
class Old(ABC):
    @abstractproperty
    def x(self): pass
try: Old()
except TypeError as e: print(e)
print(abc.get_cache_token() is not None)
class Base(ABC):
    @abstractmethod
    def run(self): return "base"
class Impl(Base):
    def run(self): return "impl+" + super().run()
print(Impl().run())
