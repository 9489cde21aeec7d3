# __exit__ returning true suppresses the exception; exceptions inside __exit__
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None
with Suppress(ValueError):
    int("x")
print("continued")
try:
    with Suppress(ValueError):
        [][1]
except IndexError as e:
    print("not suppressed", e)
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with Raiser():
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except OSError as e:
    print("OSError", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
