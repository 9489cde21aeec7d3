# list operators: +, *, in, ==, <, identity vs equality, nesting and aliasing
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4], a + [5], a * 2, [0] * 0)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0], [1, 2] == [1, 2.0])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
c = a
c += [5]
print(a, c is a)
d = a
d = d + [6]
print(a, d)
print(3 in a, 9 not in a, len([[]]), [[]] == [[]], list("ab"), list(range(3)), list((1, 2)))
x = [1, [2, [3, [4]]]]
print(x[1][1][1][0], x, repr(x))
e = [1, 2]
e.append(e)
print(e)
