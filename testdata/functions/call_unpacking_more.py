# ** with non-identifier keys, * with generators and strings, keyword argument collisions
def f(*a, **kw):
    return a, kw
print(f(**{"a-b": 1, "1": 2}), f(*(i * i for i in range(3))), f(*"ab", *b"c"))
print(dict(**{"x": 1}, y=2), f(*[], **{}))
def g(a, b):
    return a - b
print(g(*[10], **{"b": 3}), g(**dict(b=1, a=5)))
try:
    g(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    g(**[1])
except TypeError as e:
    print("TypeError", e)
