# common math module functions and constants
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.hypot(3, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(math.floor(3.7), math.ceil(3.2), math.fabs(-3), math.factorial(20), math.gcd(12, 18), math.gcd(0, 5))
print(math.isqrt(99), math.isqrt(10 ** 20), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.inf, -math.inf, math.isclose(0.1 + 0.2, 0.3), math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
