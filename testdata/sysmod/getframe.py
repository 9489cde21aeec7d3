# sys._getframe: the caller's module, line, locals and the chain of callers
import sys
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], sorted(f.f_locals)
def outer(a, b=2):
    c = a + b
    return who()
print(outer(1))
def depth():
    n, f = 0, sys._getframe()
    while f is not None:
        n, f = n + 1, f.f_back
    return n
print(depth(), (lambda: depth())())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
for bad in (100, "x"):
    try:
        sys._getframe(bad)
    except Exception as e:
        print(type(e).__name__, e)
