# ExceptionGroup and except* (Python 3.11)
def risky():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    risky()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError("k"), OSError("o")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
print(eg.subgroup(OSError).exceptions)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as leftover:
    print("left over", repr(leftover))
