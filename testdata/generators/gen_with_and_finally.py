# generators suspended inside with blocks and nested finally blocks, then closed
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
def g():
    with CM(1):
        try:
            with CM(2):
                yield "a"
                yield "b"
        finally:
            print("inner finally")
    yield "after with"
it = g()
print(next(it))
it.close()
print("closed early")
it2 = g()
print(list(it2))
def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("counter finally at", n)
c = counter()
print(next(c), next(c), next(c))
c.close()
try:
    c.throw(ValueError("after close"))
except ValueError as e:
    print("ValueError", e)
