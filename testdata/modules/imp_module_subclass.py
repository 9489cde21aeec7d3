# module subclasses (types.ModuleType) with methods, properties and __init__, usable in sys.modules
import sys
class M(type(sys)):
    def hello(self):
        return "hello from " + self.__name__
    @property
    def double(self):
        return self.x * 2
m = M("sub")
print(type(m).__name__, isinstance(m, type(sys)), m.hello(), m.__name__, m)
m.x = 21
print(m.x, m.__dict__["x"], m.double)
class N(type(sys)):
    def __init__(self, name, extra):
        super().__init__(name, "doc of " + name)
        self.extra = extra
n = N("nn", 5)
print(n.__doc__, n.extra, sorted(vars(n)))
sys.modules["nn"] = n
from nn import extra
print(extra)
p = type(sys)("plain")
print(p, p.__doc__, type(p) is type(sys))
try:
    type(sys)(1)
except TypeError as e:
    print(e)
try:
    m.nothing
except AttributeError as e:
    print(e)
