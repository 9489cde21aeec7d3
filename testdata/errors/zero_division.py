# ZeroDivisionError messages for int and float division, modulo, divmod, pow
for t in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 0 ** -1, lambda: 2 ** 70 // 0, lambda: 5 % 0.0):
    try:
        t()
    except ZeroDivisionError as e:
        print(e)
def avg(xs):
    return sum(xs) / len(xs)
print(avg([1, 2]))
print(avg([]))
