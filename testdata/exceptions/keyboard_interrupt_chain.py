# KeyboardInterrupt in exception chains and groups: context while handling, raise from, BaseExceptionGroup splitting.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

try:
    raise KeyboardInterrupt from ValueError("cause")
except KeyboardInterrupt as e:
    print(repr(e.__cause__), e.__suppress_context__)

g = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(1)])
print(type(g).__name__)
ki, rest = g.split(KeyboardInterrupt)
print(ki.exceptions, rest.exceptions, type(rest).__name__)
try:
    raise g
except* ValueError as eg:
    print("handled", eg.exceptions)
except* KeyboardInterrupt as eg:
    print("handled", eg.exceptions)

try:
    raise KeyboardInterrupt
except (ValueError, KeyboardInterrupt) as e:
    print("tuple match", type(e).__name__)
print(KeyboardInterrupt("x").with_traceback(None).args)
try:
    raise ValueError("first")
except ValueError:
    raise KeyboardInterrupt("while handling")
