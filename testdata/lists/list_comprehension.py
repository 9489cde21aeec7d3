# list comprehensions with conditions, nesting and the loop variable scope
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print([x if x % 2 else -x for x in range(6)], [c.upper() for c in "abc" if c != "b"])
x = "outer"
r = [x for x in range(3)]
print(x, r)
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([n for n in range(30) if n > 1 and all(n % d for d in range(2, n))])
print([a + b for a, b in zip([1, 2], [10, 20])], [(i, s) for i, s in enumerate("xy")])
