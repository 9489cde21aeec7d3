# builtin functions are objects: stored in containers, passed around, repr-free checks
fs = [len, abs, str.upper, int, sorted]
print([f.__name__ for f in fs])
print([f("abc") if f in (len, str.upper, sorted) else f(-3) for f in fs if f is not int])
ops = {"+": lambda a, b: a + b, "max": max, "pow": pow}
print([ops[k](2, 5) for k in ops])
print(callable(len), callable("x"), callable(str.upper), callable(type))
