# exceptions raised inside except and finally blocks, nested try
def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("inner caught", k)
        print("still handling first")
    return "ok"
print(f())
try:
    try:
        raise ValueError("a")
    finally:
        print("finally with pending ValueError")
except ValueError as e:
    print("caught", e)
try:
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("replaces")
except Exception as e:
    print(type(e).__name__, e, repr(e.__context__))
import sys
try:
    raise IndexError("i")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
