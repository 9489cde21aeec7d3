# lambdas: closures over loop variables, defaults, immediate calls
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
print((lambda x, y=2: x * y)(3), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!", (lambda: None)(), (lambda x: lambda y: x + y)(1)(2))
sq = lambda n: n * n
print(sq.__name__, sorted([3, -1, 2], key=lambda v: abs(v)))
