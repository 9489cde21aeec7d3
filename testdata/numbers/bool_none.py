# bools are ints; None and truthiness of many values
print(True, False, None, type(True).__name__, type(None).__name__)
print(True + 1, False * 3, True & False, True | False, True ^ True, ~True, -True)
print(isinstance(True, int), bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None), bool(0.0), bool(()), bool(range(0)))
print(not None, not 0, not [], None is None, None == None, None != 0)
print(str(True), repr(False), int(True), float(False), True == 1.0, hash(True) == hash(1))
d = {1: "one", True: "true"}
print(d)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or 0 or [], [] and 1)
print(True is True, (1 == 1) is True, bool.__name__)
print(sum([True, True, False]), max(False, True))
