# generator functions take arguments like any function; arguments are bound at call time
def gen(a, b=2, *rest, k=0, **kw):
    yield a
    yield b
    yield rest
    yield k
    yield kw
print(list(gen(1)), list(gen(1, 3, 4, 5, k=9, z=0)))
try:
    gen()
except TypeError as e:
    print("TypeError", e)
def counter(start):
    while True:
        yield start
        start += 1
c = counter(5)
print([next(c) for _ in range(3)])
