# function objects: __name__, __doc__, attributes, first-class use
def f(x):
    "doc of f"
    return x
print(f.__name__, f.__doc__, f.__qualname__)
f.custom = 42
print(f.custom)
class C:
    def meth(self):
        pass
    class Inner:
        def deep(self):
            pass
print(C.meth.__qualname__, C.Inner.deep.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__)
ops = {"dbl": lambda v: v * 2, "neg": lambda v: -v, "id": f}
print([ops[k](5) for k in sorted(ops)])
print(callable(f), callable(5), callable(C), callable(C()))
def nodoc():
    pass
print(nodoc.__doc__)
