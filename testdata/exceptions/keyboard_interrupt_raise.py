# KeyboardInterrupt is a BaseException: except Exception misses it, finally and __exit__ see it, an uncaught one ends the program (status 130 in CPython's way).
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, typ, value, tb):
        print("__exit__ saw", typ.__name__ if typ else None)
        return False

print(issubclass(KeyboardInterrupt, Exception), KeyboardInterrupt.__mro__)

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, repr(e))

try:
    with Guard():
        try:
            raise KeyboardInterrupt("from a handler")
        finally:
            print("finally ran")
except KeyboardInterrupt as e:
    print("caught", e.args)

def work():
    with Guard():
        print("working")
        raise KeyboardInterrupt

try:
    work()
except:
    print("bare except catches it too")

work()
print("not reached")
