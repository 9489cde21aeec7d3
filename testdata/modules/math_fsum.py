# math.fsum as CPython: correctly rounded (half-even across partials), "intermediate overflow in fsum" even when the exact sum is finite, inf/nan items
import math
state = 7
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 11) / 2**53
out = []
for i in range(500):
    n = int(rnd() * 12)
    xs = []
    for j in range(n):
        k = rnd()
        if k < 0.3:
            xs.append(math.ldexp(rnd() - 0.5, int(rnd() * 200) - 100))
        elif k < 0.5:
            xs.append(-xs[-1] if xs else 1.0)
        elif k < 0.6:
            xs.append(math.ldexp(1, int(rnd() * 2100) - 1075) * (1 if rnd() < 0.5 else -1))
        elif k < 0.7:
            xs.append(1e308 * (1 if rnd() < 0.5 else -1))
        elif k < 0.8:
            xs.append(math.ldexp(1, -1074) * int(rnd() * 5))
        else:
            xs.append(float(int(rnd() * 2**54)) * (0.5 if rnd() < 0.5 else 1))
    try:
        r = math.fsum(xs)
    except Exception as e:
        r = type(e).__name__ + str(e)
    out.append(repr(r))
print('\n'.join(out))
for xs in ([1e308, 1e308, -1e308], [1e308, -1e308, 1e308], [math.inf, 1.0], [math.inf, -math.inf],
           [math.nan, math.inf], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10,
           [-0.0, -0.0], [], iter([1.0, 2.0]), [1, 2**53, 1]):
    try:
        print(math.fsum(xs))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    math.fsum([1e308, 1e308, 'x'])
except Exception as e:
    print(type(e).__name__, e)
try:
    math.fsum([1.0, 'x'])
except Exception as e:
    print(type(e).__name__, e)
