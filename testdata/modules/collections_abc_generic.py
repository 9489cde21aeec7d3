# collections.abc and collections classes: subscription, one ABCMeta shared with abc, registration
import abc
import collections
import collections.abc as cabc
from typing import Iterable
print(cabc.Iterable[int], cabc.Mapping[str, int], cabc.Callable[[int, str], bool])
print(collections.deque[int], collections.Counter[str], collections.OrderedDict[str, int])
print(type(cabc.Sequence) is abc.ABCMeta, cabc.Sized.__module__)
class Bag(abc.ABC, cabc.Sized):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Bag(3)), isinstance(Bag(1), cabc.Sized), isinstance(Bag(1), Bag))
class Half(cabc.MutableMapping):
    def __getitem__(self, k):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
def total(xs: cabc.Iterable[int]) -> int:
    return sum(xs)
print(total([1, 2, 3]), total.__annotations__["xs"])
try:
    cabc.Hashable[int]
except TypeError as e:
    print(e)
class Fancy:
    def __iter__(self):
        return iter(())
print(issubclass(Fancy, cabc.Iterable), issubclass(Fancy, cabc.Sized))
