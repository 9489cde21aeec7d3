# unpacking in calls, in literals and in assignment targets
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(f(0, *range(2), x=1, **dict(y=2)))
print({**{"a": 1}, "b": 2, **{"a": 3}}, (*"ab", *[1]), {*range(3), 7})
a, *b, c = (1, 2, 3, 4, 5)
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError", e)
