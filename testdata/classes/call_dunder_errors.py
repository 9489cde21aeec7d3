# __call__: instances become callable only through the type's __call__; argument errors name the method.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)

add3 = Adder(3)
print(add3(4), add3(4, twice=True), callable(add3))

for call in [lambda: add3(), lambda: add3(1, 2), lambda: add3(1, thrice=True)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class NotCallable:
    pass

obj = NotCallable()
print(callable(obj))
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)

# an instance attribute named __call__ is ignored
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print(type(e).__name__, e)

# __call__ added to the class later
NotCallable.__call__ = lambda self: "now callable"
print(obj(), callable(obj))

class Chain:
    def __call__(self, *args):
        print("called with", args)
        return self

Chain()(1)(2, 3)()

class Raising:
    def __call__(self):
        raise RuntimeError("inside __call__")

Raising()()
