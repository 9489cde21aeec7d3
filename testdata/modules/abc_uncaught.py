# abc: instantiating a class with one abstract method left ends with CPython's TypeError
from abc import ABC, abstractmethod
class Plugin(ABC):
    @abstractmethod
    def run(self):
        raise NotImplementedError
    def name(self):
        return type(self).__name__
class Half(Plugin):
    pass
print(Plugin.__abstractmethods__)
print(Half.__abstractmethods__)
Half()
