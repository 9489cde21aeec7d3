# chained comparisons evaluate the middle operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2), calls)
print(1 < 2 > 0, 1 < 2 > 3, 0 <= 0 < 1, "a" < "b" <= "b", 5 in [5] in [[5]])
x = 5
print(0 < x < 10, 10 < x < 20, x == 5 == 5.0, 1 < x != 5)
print(not 1 < 2, not (1 > 2) and 3 in (3,))
