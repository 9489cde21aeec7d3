# collections.abc: isinstance/issubclass of builtins and collections types, Mapping/Sequence/MutableSet mixins, abstract-method errors
import collections.abc
from collections.abc import Iterable, Iterator, Sized, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Container, Generator, Collection, Reversible
from collections import deque, OrderedDict, Counter
def gen():
    yield 1
for v in [[], (), "s", {}, set(), frozenset(), 3, 3.5, None, iter([]), gen(), len, deque(), OrderedDict(), Counter(), range(3), b"x"]:
    print(type(v).__name__, [c.__name__ for c in (Iterable, Iterator, Sized, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Container, Generator, Collection, Reversible) if isinstance(v, c)])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Iterable), collections.abc.Sequence.__module__)
class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "b" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, isinstance(m, Mapping), isinstance(m, MutableMapping))
class MySeq(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
    def __len__(self):
        return self.n
s = MySeq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)))
class Bad(Mapping):
    pass
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), isinstance(It(), Sized))
class MS(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
a = MS([1, 2, 3])
a |= [4]; a -= [1]
print(list(a), list(a & MS([2, 9])), a <= MS(range(10)), a.isdisjoint([7]))
