# type names of builtin functions, descriptors, iterators and views; calling methods through their types
cases = [
 "type(list.append).__name__", "type([].append).__name__", "type(len).__name__",
 "type(int.real).__name__", "type(type.__dict__['__name__']).__name__",
 "type(str.join).__name__", "type(dict.fromkeys).__name__", "type({}.fromkeys).__name__", "type(property()).__name__", "type(staticmethod(len)).__name__",
 "list.append.__name__", "list.append.__qualname__", "[].append.__self__", "len.__name__", "len.__qualname__", "int.__add__(2, 3)", "str.__len__('abc')",
 "list.__getitem__([5, 6], 1)", "dict.get({'a': 1}, 'a')", "object.__eq__(1, 1)", "object.__eq__(1, 2)", "int.__eq__(1, 1.0)", "float.__eq__(1.0, 1)",
 "int.__lt__(1, 2.5)", "str.__add__('a', 1)", "(1).__add__('x')", "int.__new__(int, '12')", "object.__new__(object).__class__.__name__",
 "str.__mul__('ab', 2)", "tuple.__len__((1, 2))", "hash(int.__hash__(5))", "type.__call__(int, '7')", "type.__name__", "type(type.__name__).__name__",
 "int.__name__, int.__qualname__, int.__module__", "len.__module__", "str.upper.__objclass__.__name__", "bool.__base__.__name__",
 "object.__subclasshook__() is NotImplemented", "int.mro()[-1].__name__", "int.__flags__ > 0 if hasattr(int, '__flags__') else True",
 "getattr(int, '__doc__') is not None", "callable(int.__add__)", "int.__add__.__get__(3)(4)", "str.strip.__get__('  x ')()",
 "(1).__class__ is int", "(1).__class__.__class__ is type", "type(None).__name__", "type(...).__name__", "type(NotImplemented).__name__",
 "NotImplemented.__class__.__name__", "bool(NotImplemented) if False else 1", "type(iter([])).__name__", "type(iter(())).__name__", "type(iter('')).__name__",
 "type(iter({})).__name__", "type(iter({}.values())).__name__", "type(iter({}.items())).__name__", "type(iter(set())).__name__", "type(iter(range(1))).__name__",
 "type(reversed([])).__name__", "type(reversed(range(1))).__name__", "type(enumerate([])).__name__", "type(zip()).__name__", "type(map(len, [])).__name__",
 "type({}.keys()).__name__", "type({}.values()).__name__", "type({}.items()).__name__", "type((x for x in [])).__name__", "type(slice(1)).__name__",
 "type(range(1)).__name__", "type(b''.hex).__name__", "type(memoryview(b'')).__name__ if 'memoryview' in dir(__builtins__) else 'memoryview'",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except BaseException as e:
        print(c, "!>", type(e).__name__, e)
