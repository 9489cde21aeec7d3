# cmath: ValueError/OverflowError (math domain and range errors) and TypeError on bad arguments
import cmath

inf = float("inf")

def attempt(f, *args, **kw):
    try:
        print("ok", f(*args, **kw))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

attempt(cmath.log, 0)
attempt(cmath.log, 0j)
attempt(cmath.log10, -0.0)
attempt(cmath.log, 2, 0)
attempt(cmath.log, 1, 1)
print(cmath.log(0, 2).real, cmath.isnan(cmath.log(0, 2).imag))
attempt(cmath.atanh, 1)
attempt(cmath.atanh, -1)
attempt(cmath.atan, 1j)
attempt(cmath.exp, 1000)
attempt(cmath.exp, complex(710, 1))
attempt(cmath.exp, complex(0, inf))
attempt(cmath.exp, complex(inf, inf))
attempt(cmath.exp, complex(-inf, inf))
attempt(cmath.cosh, complex(1000, 1))
attempt(cmath.sinh, complex(-1000, 1))
attempt(cmath.sinh, complex(1, inf))
attempt(cmath.cos, complex(inf, 1))
attempt(cmath.sin, complex(1, 1000))
attempt(cmath.tan, complex(inf, 1))
attempt(cmath.tanh, complex(1, inf))
attempt(cmath.rect, 1, inf)
attempt(cmath.rect, 0, inf)
attempt(cmath.rect, inf, 0)
attempt(cmath.polar, complex(1e308, 1e308))
attempt(cmath.phase, complex(1e308, 1e-20))
attempt(cmath.sqrt, "x")
attempt(cmath.sqrt, None)
attempt(cmath.sqrt)
attempt(cmath.sqrt, 1, 2)
attempt(cmath.sqrt, z=1)
attempt(cmath.log)
attempt(cmath.log, 1, 2, 3)
attempt(cmath.rect, 1)
attempt(cmath.rect, 1j, 0)
attempt(cmath.isclose, 1, 2, rel_tol=-1)
attempt(cmath.isclose, 1, 2, 3)
attempt(cmath.phase, [])
attempt(cmath.exp, 2 ** 2000)
class Bad:
    def __complex__(self):
        return 5
attempt(cmath.sqrt, Bad())
cmath.acos(1e400 * 0j + "s")
