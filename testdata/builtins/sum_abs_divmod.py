# sum with start, abs of various types, divmod, pow with modulus
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum(range(5), start=100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(-2 ** 70), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3, 5), pow(2.0, 3), pow(4, 0.5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
