# math.sinh/cosh/tanh/asinh round as glibc's (fdlibm's algorithms over correctly rounded exp/log), special values and overflow as CPython
import math
for f in (math.sinh, math.cosh, math.tanh, math.asinh):
    for x in (0.0, -0.0, 1e-300, -5e-324, 1e-10, 0.3, -0.3, 1.0, 2.5, 21.9, 22.1, 709.0, 710.0, 710.5, 711.0, -711.0, 1e300, math.inf, -math.inf, math.nan, 2**28 + 1.0, -3e9):
        try:
            print(f.__name__, x, f(x))
        except Exception as e:
            print(f.__name__, x, type(e).__name__, e)
state = 5
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) / 2**53
for i in range(80):
    y = (rnd() * 2 - 1) * 10 ** int(rnd() * 4 - 2)
    print(math.sinh(y), math.cosh(y), math.tanh(y), math.asinh(y))
