# uncaught exception with an implicit context: both tracebacks printed
def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError:
        raise RuntimeError("could not load " + s)
print("start")
load("abc")
