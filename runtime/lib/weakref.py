"""Weak references, pystm's version.

pystm's memory belongs to Go's collector, which cannot tell a program
cheaply and at once that an object is gone, so pystm's weak references
are strong ones:

- ref(obj)() always returns obj: a referent never dies while a reference
  to it exists, and ref callbacks are never called;
- WeakValueDictionary, WeakKeyDictionary and WeakSet keep their entries
  until they are removed explicitly (never dropped by collection); they
  check that values/keys/items could be weakly referenced, as CPython does;
- finalize(obj, func, ...) runs func when called, or at interpreter exit
  (as CPython runs the finalizers still alive then, when atexit is true);
- getweakrefcount and getweakrefs raise NotImplementedError.

What CPython refuses to reference weakly (int, str, tuple, list, dict,
None, ...) raises the same TypeError here.
"""

import sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_not_weakrefable = (int, float, complex, str, bytes, bytearray, tuple, list,
                    dict, bool, type(None), type(NotImplemented), type(Ellipsis),
                    range, slice)


def _check(obj):
    t = type(obj)
    if t in _not_weakrefable:
        raise TypeError("cannot create weak reference to '%s' object" % t.__name__)
    if t.__module__ == 'builtins':
        return
    # A class made only of classes with __slots__ has no __weakref__
    # slot unless one of them names it.
    for k in t.__mro__[:-1]:
        d = vars(k)
        if '__slots__' not in d:
            if k.__module__ != 'builtins' or k in (list, dict, set, frozenset):
                return
            continue
        slots = d['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return
    raise TypeError("cannot create weak reference to '%s' object" % t.__name__)


class ref:
    """A reference to an object that (in pystm) keeps it alive."""

    __slots__ = ('_obj', '__callback__', '_hash')

    def __new__(cls, obj, callback=None, *extra):
        if extra and cls is ref:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % (2 + len(extra)))
        _check(obj)
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        self._hash = None
        return self

    def __init__(self, obj, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return self._obj

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._obj)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __repr__(self):
        o = self._obj
        name = getattr(o, '__name__', None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(o).__qualname__, id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__qualname__, id(o))

    __class_getitem__ = classmethod(lambda cls, item: cls)


ref.__module__ = 'weakref'
ReferenceType = ref


class KeyedRef(ref):
    """A ref that carries a key (used by WeakValueDictionary)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self


class WeakMethod(ref):
    """A ref to a bound method that returns the bound method."""

    __slots__ = ()

    def __new__(cls, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        return ref.__new__(cls, meth, callback)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return self._obj != other._obj
        return NotImplemented

    __hash__ = ref.__hash__


class ProxyType:
    """A proxy that forwards attribute access to its referent."""

    __slots__ = ('_ref_obj',)

    def __init__(self, obj, callback=None):
        _check(obj)
        object.__setattr__(self, '_ref_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_ref_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_ref_obj'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_ref_obj'), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref_obj')
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_ref_obj'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_ref_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_ref_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_ref_obj'))

    def __contains__(self, x):
        return x in object.__getattribute__(self, '_ref_obj')

    def __getitem__(self, k):
        return object.__getattribute__(self, '_ref_obj')[k]

    def __setitem__(self, k, v):
        object.__getattribute__(self, '_ref_obj')[k] = v

    def __delitem__(self, k):
        del object.__getattribute__(self, '_ref_obj')[k]

    def __eq__(self, other):
        return object.__getattribute__(self, '_ref_obj') == other

    def __ne__(self, other):
        return object.__getattribute__(self, '_ref_obj') != other

    def __lt__(self, other):
        return object.__getattribute__(self, '_ref_obj') < other

    def __le__(self, other):
        return object.__getattribute__(self, '_ref_obj') <= other

    def __gt__(self, other):
        return object.__getattribute__(self, '_ref_obj') > other

    def __ge__(self, other):
        return object.__getattribute__(self, '_ref_obj') >= other

    def __add__(self, other):
        return object.__getattribute__(self, '_ref_obj') + other

    def __sub__(self, other):
        return object.__getattribute__(self, '_ref_obj') - other

    def __mul__(self, other):
        return object.__getattribute__(self, '_ref_obj') * other

    __hash__ = None


ProxyType.__name__ = ProxyType.__qualname__ = 'ProxyType'


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_ref_obj')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj: attribute access and operators go to obj."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    raise NotImplementedError("weakref.getweakrefcount is not supported by pystm")


def getweakrefs(obj):
    raise NotImplementedError("weakref.getweakrefs is not supported by pystm")


class _Mapping:
    # The mapping methods WeakValueDictionary and WeakKeyDictionary share;
    # self.data is a dict.

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def __iter__(self):
        return iter(list(self.data))

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def get(self, key, default=None):
        return self.data.get(key, default)

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def popitem(self):
        return self.data.popitem()

    def clear(self):
        self.data.clear()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, 'items'):
                other = other.items()
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self.data == other.data
        if isinstance(other, dict):
            return self.data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__qualname__, id(self))

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c


class WeakValueDictionary(_Mapping):
    """A mapping whose values are (in CPython) weakly referenced."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def copy(self):
        return WeakValueDictionary(self.data)

    __copy__ = copy

    def valuerefs(self):
        return [KeyedRef(v, None, k) for k, v in self.data.items()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(_Mapping):
    """A mapping whose keys are (in CPython) weakly referenced."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def copy(self):
        return WeakKeyDictionary(self.data)

    __copy__ = copy

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet:
    """A set whose items are (in CPython) weakly referenced."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def pop(self):
        return self.data.pop()

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self.data)

    __copy__ = copy

    def update(self, other):
        for x in other:
            self.add(x)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return WeakSet(self.data.difference(other))

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(self.data.intersection(other))

    __and__ = intersection

    def union(self, other):
        return WeakSet(self.data.union(other))

    __or__ = union

    def symmetric_difference(self, other):
        return WeakSet(self.data.symmetric_difference(other))

    __xor__ = symmetric_difference

    def issubset(self, other):
        return self.data.issubset(other)

    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(other)

    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(other)

    def __gt__(self, other):
        return self.data > set(other)

    def isdisjoint(self, other):
        return self.data.isdisjoint(other)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return self.data == other.data

    __hash__ = None

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs)
    once, when the finalizer is called or (if atexit is true) at exit."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = iter(range(1 << 62))
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            import atexit
            atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        try:
            pending = [f for f, i in sorted(cls._registry.items(), key=lambda item: item[1].index)
                       if i.atexit]
            while pending:
                f = pending.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info()) if hasattr(sys, 'excepthook') else None
        finally:
            finalize._shutdown = True
