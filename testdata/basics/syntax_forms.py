# newer syntax forms: parenthesized with, return/yield of starred tuples, relaxed decorators, string prefixes, __debug__
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with (CM(1) as a, CM(2) as b):
    print("body", a, b)
with (CM(3)):
    pass
def f():
    rest = [2, 3]
    return 1, *rest
def g():
    xs = "ab"
    yield 0, *xs
print(f(), list(g()))
handlers = [lambda fn: (print("decorating", fn.__name__), fn)[1]]
@handlers[0]
def target():
    return "target ran"
print(target())
x = 5
print(rf"\n{x}", Rb"\x", u"unicode", BR"raw", fR"{x}\t", len(rb"\0"))
print(__debug__, (lambda a, /, b=2: a + b)(1), (lambda *, k: k)(k=3))
class Base:
    pass
bases = (Base,)
class Made(*bases, **{}):
    pass
print(Made.__bases__[0].__name__)
if True:
    def cond():
        return "first definition"
else:
    def cond():
        return "second"
print(cond())
