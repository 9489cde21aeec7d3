# calling builtin types as constructors with various arguments
print(int("7"), float("7"), str(7), bool("x"), list("ab"), tuple([1]), dict(a=1), set([1, 1]), frozenset("aa") == frozenset("a"))
print(complex("1+1j"), bytes([1, 2]), bytearray(2), range(3), slice(2), type(7).__name__, object.__name__)
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), complex(), bytes())
print(str(b"x", "ascii"), str(5.0), str(-0.0), int("  0b11 ", 0), float("-inf"), bool(0.0))
