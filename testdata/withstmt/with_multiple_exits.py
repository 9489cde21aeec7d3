# several context managers exit in reverse order, even when the inner one fails
class CM:
    def __init__(self, n, fail_enter=False):
        self.n = n
        self.fail_enter = fail_enter
    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError(f"enter {self.n} failed")
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n, exc[0].__name__ if exc[0] else None)
with CM(1) as a, CM(2) as b, CM(3) as c:
    print("body", a, b, c)
try:
    with CM(1), CM(2, fail_enter=True), CM(3):
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)
try:
    with CM("outer"):
        with CM("inner"):
            raise KeyError("x")
except KeyError:
    print("caught KeyError")
def gen():
    with CM("in generator"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("end")
