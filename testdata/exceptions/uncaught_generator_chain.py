# uncaught exception from a generator pipeline: frames of each generator appear
def source():
    yield from [1, 2, 0]
def inverted(it):
    for v in it:
        yield 10 // v
def total(it):
    s = 0
    for v in it:
        s += v
    return s
print(total(inverted(source())))
