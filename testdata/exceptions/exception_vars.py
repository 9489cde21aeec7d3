# the `as` name is deleted after except; bare raise re-raises; exceptions as values
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
def reraise():
    try:
        int("z")
    except ValueError:
        print("handling")
        raise
try:
    reraise()
except ValueError as x:
    print("re-raised", x)
errs = [ValueError("a"), KeyError("b")]
for er in errs:
    try:
        raise er
    except Exception as c:
        print(c is er, type(c).__name__)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    raise 5
except TypeError as t:
    print("TypeError", t)
