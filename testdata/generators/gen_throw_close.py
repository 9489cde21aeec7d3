# throw() raises inside the generator; close() raises GeneratorExit; finally runs
def g():
    try:
        while True:
            try:
                yield "normal"
            except ValueError as e:
                print("caught in gen", e)
                yield "recovered"
    finally:
        print("gen finally")
it = g()
print(next(it), it.throw(ValueError("boom")), next(it))
it.close()
print("closed")
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
def h():
    yield 1
x = h()
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def gexit():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
z = gexit()
next(z)
z.close()
z.close()
print("done")
