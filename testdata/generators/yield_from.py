# yield from delegates iteration, send, and return values
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from range(2)
    yield from "ab"
o = outer()
print(next(o))
print(o.send("sent"))
print(list(o))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "inner handled"
def deleg():
    yield from thrower()
d = deleg()
next(d)
print(d.throw(KeyError))
