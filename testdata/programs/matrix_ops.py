# matrix multiply, transpose, determinant by elimination with exact integer fractions
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose([[1, 2, 3], [4, 5, 6]]), det(a))
m = [[2, -3, 1, 5], [4, 0, -2, 1], [1, 1, 1, 1], [3, 2, -1, 0]]
print(det(m), det([[1]]), det(matmul(m, m)) == det(m) ** 2)
ident = [[int(i == j) for j in range(4)] for i in range(4)]
print(matmul(m, ident) == m)
def power(mat, n):
    result = [[int(i == j) for j in range(len(mat))] for i in range(len(mat))]
    while n:
        if n & 1:
            result = matmul(result, mat)
        mat = matmul(mat, mat)
        n >>= 1
    return result
print(power([[1, 1], [1, 0]], 100)[0][1])
