# math functions round as CPython's (glibc's): exp, log, log2, log10 (glibc's algorithm), pow, exp2, hypot, sin, cos, tan, atan2, atan
import math

state = 3
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) / 2**53

for i in range(60):
    x = math.ldexp(rnd() + 0.5, int(rnd() * 120) - 60)
    y = (rnd() * 2 - 1) * 10 ** int(rnd() * 4 - 2)
    print(math.exp(y), math.log(x), math.log2(x), math.log10(x), math.exp2(y * 10))
    print('  ', math.pow(x, y), math.pow(rnd() * 10, float(int(rnd() * 60) - 30)), math.hypot(x, y), math.hypot(x, y, 1.5))
    print('  ', math.sin(y * 5), math.cos(y * 5), math.tan(y * 5), math.atan2(y, x), math.log(x, 3))

# exact cases and edges
print([math.log10(10.0 ** k) for k in range(-5, 23)])
print([math.log2(2.0 ** k) for k in (-1074, -1022, -1, 0, 1, 52, 1023)])
print(math.log10(5e-324), math.log10(1e-310), math.log10(1.7976931348623157e308), math.log10(10 ** 400))
print(math.exp(709.78), math.exp(-745.1), math.exp(-708.5), math.exp(1e-300), math.exp(-1e-17))
print(math.pow(10, 22), math.pow(10, -5), math.pow(-3, 5), math.pow(2, 0.5), math.pow(1 + 2 ** -27, 2))
print(math.hypot(3, 4), math.hypot(1e300, 1e300), math.hypot(1e-320, 3e-320), math.hypot(*range(1, 30)))
print(math.sin(1e22), math.cos(1e22), math.tan(1e10), math.atan2(-1e-310, -1e308), math.atan2(1, -0.0))
for f, arg in [(math.exp, 710), (math.log10, 0), (math.log2, -1), (math.pow, (0, -1)), (math.pow, (10, 400))]:
    try:
        f(*arg) if isinstance(arg, tuple) else f(arg)
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print([math.atan(x) for x in (0.0, -0.0, 5e-324, 1e-8, 0.5, 1.0, -1.0, 2.0, 1e10, -1e308, math.inf, -math.inf, 1.5e16, 3e-200)])
print([math.atan(math.ldexp(1 + i / 100, e)) for e in (-28, -27, -26, -3, 0, 5, 52, 53, 54) for i in range(0, 100, 9)])
