# repr of builtin values: strings with quotes, floats, nested containers, special objects
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\\"), repr("\x01"), repr("\u200b"), repr("日本"))
print(repr(1.0), repr(-0.0), repr(1e100), repr([1.5, "x", None]), repr((1,)), repr(()), repr({}), repr(set()), repr(frozenset()))
print(repr(range(3)), repr(range(1, 5, 2)), repr(slice(1, 2)), repr(Ellipsis), repr(NotImplemented), repr(...))
print(repr(int), repr(str), repr(ValueError), repr(ValueError("x")), repr(KeyError("k")), repr(b"\x00a"), repr(bytearray(b"z")))
print(repr(len), repr(print), repr(type(None)))
