"""Abstract base classes (pystm's abc).

ABCMeta records a class's abstract methods in __abstractmethods__ and
refuses to instantiate a class that still has some, with CPython 3.11's
message. isinstance/issubclass against an ABC answer from real inheritance,
from __subclasshook__, from classes registered with register(), and from the
ABC's subclasses, in that order, as CPython's ABCMeta does.
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod over abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property over abstractmethod."""

    __isabstractmethod__ = True


# Bumped by every register(), as CPython's cache token is; programs only
# compare tokens for equality.
_cache_token = [0]


def get_cache_token():
    """Returns a value that changes whenever a virtual subclass is
    registered with any ABC."""
    return _cache_token[0]


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = {name for name, value in namespace_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_registry = []
        # Classes known to be subclasses (valid forever: registering only
        # adds) and known not to be (valid until the next register()).
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _cache_token[0]
        return cls

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of this ABC; returns
        it, so register can decorate a class."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        klass = instance.__class__
        if klass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is klass:
            if (cls._abc_negative_cache_version == _cache_token[0]
                    and klass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _cache_token[0]:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _cache_token[0]
        elif subclass in cls._abc_negative_cache:
            return False
        hook = cls.__dict__.get("_hook")
        if hook is not None:
            # collections.abc's structural checks.
            ok = hook(subclass)
        else:
            ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return bool(ok)
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if scls is not cls and issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Prints the ABC's registry (debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)
        print(f"_abc_cache: {cls._abc_cache!r}", file=file)
        print(f"_abc_negative_cache: {cls._abc_negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {cls._abc_negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets every registered virtual subclass."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers of isinstance/issubclass."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or
    replaced on an existing ABC (class decorators do this)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class for ABCs: class X(ABC) is class X(metaclass=ABCMeta)."""

    __slots__ = ()
