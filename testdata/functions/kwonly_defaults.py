# keyword-only parameters may have defaults in any order; defaults and kwdefaults introspection
def f(a, *, b=1, c, d=4):
    return a, b, c, d
print(f(0, c=3), f(0, c=3, b=2, d=5))
print(f.__kwdefaults__, f.__defaults__)
def g(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(g(1), g(1, 5), g(1, 5, 6), g(1, c=7, d=8))
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
try:
    g()
except TypeError as e:
    print("TypeError", e)
