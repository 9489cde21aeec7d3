# identity versus equality for containers, None checks, `is not`
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None, type(None) is type(None))
x = None
print(x is None, x is not None, x == None)
print(type(1) is int, type(True) is bool, type(True) is int, bool is not int)
e = ()
print(e == (), len(e))
def f():
    pass
print(f() is None, f is f, print is print)
