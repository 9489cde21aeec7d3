# three-level "During handling" chain raised across functions
def a():
    raise KeyError("first")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("second")
def c():
    try:
        b()
    except ValueError as e:
        raise RuntimeError("third") from e
try:
    c()
except RuntimeError as e:
    print("caught", repr(e), repr(e.__cause__), repr(e.__cause__.__context__))
c()
