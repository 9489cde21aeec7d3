# return inside generator try/finally, yield inside finally, StopIteration value through yield from
def g():
    try:
        yield 1
        return "ret"
    finally:
        print("finally in g")
def outer():
    v = yield from g()
    print("outer received", v)
    return v * 2
it = outer()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(yield_in_finally()))
