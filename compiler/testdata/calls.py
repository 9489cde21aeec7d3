def f(a, b=1, *args, c, **kw):
    return a + b
x = f(1, c=2)
o.m(x, *y)
