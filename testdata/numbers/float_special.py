# infinities, nan comparisons and the errors float operations raise
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], inf == inf, 1 / inf)
print(nan != nan, inf == -(-inf), abs(-inf), max(inf, 1e308), min(-inf, 0))
for f in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0.0, lambda: 1 / 0.0):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
print(float(10 ** 308) > 1e307)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
