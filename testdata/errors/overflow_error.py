# OverflowError from float conversions and math, then uncaught
import math
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1023))
print(float(2 ** 1024))
