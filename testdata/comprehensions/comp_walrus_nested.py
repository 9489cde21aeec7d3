# walrus inside comprehensions binds in the enclosing scope; nested comprehension scopes
def f():
    data = [1, 4, 9, 16]
    roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 0]
    return roots, r
print(f())
print([[j for j in range(i)] for i in range(4)][-1])
print([(i, [i * k for k in range(3)]) for i in range(2)])
total = 0
vals = [total := total + v for v in range(1, 5)]
print(vals, total)
print({k: [v for v in range(k)] for k in range(3)})
