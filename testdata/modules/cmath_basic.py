# cmath: every function on ordinary values (printed to 12 digits), constants, polar/rect, predicates
import cmath
import math

def show(z):
    if isinstance(z, complex):
        return "(%.12g, %.12g)" % (z.real, z.imag)
    return "%.12g" % z

print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
zs = [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, -1.5 - 2.5j, 2, -2, 0.5j, -0.5j, 1e-8 + 1e-8j, 30 + 4j]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    print(name, " ".join(show(f(z)) for z in zs))
for z in zs:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(show(cmath.phase(z)), show(r), show(phi), show(back), cmath.isclose(back, z, rel_tol=1e-12, abs_tol=1e-15))
print(show(cmath.log(8, 2)), show(cmath.log(1j, 1j)), show(cmath.log(-1)), show(cmath.log(100, 10 + 0j)))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.log(1), cmath.acos(1), cmath.atan(0), cmath.sqrt(-4 + 0j))
print(cmath.isfinite(1 + 1j), cmath.isfinite(complex(math.inf, 0)), cmath.isinf(complex(0, -math.inf)),
      cmath.isnan(complex(math.nan, 1)), cmath.isnan(1j), cmath.isinf(5))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(math.inf, 1), complex(math.inf, 1)))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
class I:
    def __index__(self):
        return 9
print(cmath.sqrt(C()), show(cmath.exp(F())), cmath.sqrt(I()), cmath.polar(C()), cmath.phase(-1), cmath.phase(True))
# full reprs: these are bit-identical to CPython's (the functions that
# go through log1p may differ in the last bit, as Go's and glibc's log1p do)
for name in ["sqrt", "exp", "cos", "cosh", "sin", "sinh", "tan", "tanh", "polar", "phase"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in zs[:6]])
import struct
print(struct.pack("<d", cmath.nan).hex(), struct.pack("<d", cmath.nanj.imag).hex())
