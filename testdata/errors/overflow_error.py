# OverflowError from float conversions, then uncaught
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023))
print(float(2 ** 1024))
