# cmath: branch cuts follow the sign of zero, and special values (inf, nan, signed zeros) as CPython's tables
import cmath

inf, nan = float("inf"), float("nan")

def show(z):
    if isinstance(z, complex):
        return "(%.12g, %.12g)" % (z.real, z.imag)
    return "%.12g" % z

# just above and just below each branch cut
cuts = {"sqrt": [-2], "log": [-2], "log10": [-0.5], "acos": [2, -2], "asin": [2, -2], "atanh": [2, -2],
        "acosh": [0.5, -2], "atan": [2j, -2j], "asinh": [2j, -2j]}
for name, points in cuts.items():
    f = getattr(cmath, name)
    for p in points:
        if p.imag:
            sides = [complex(0.0, p.imag), complex(-0.0, p.imag)]
        else:
            sides = [complex(p, 0.0), complex(p, -0.0)]
        print(name, p, [show(f(z)) for z in sides])

vals = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["sqrt", "exp", "log", "acos", "acosh", "asin", "asinh", "atan", "atanh",
             "cos", "cosh", "sin", "sinh", "tan", "tanh"]:
    f = getattr(cmath, name)
    row = []
    for re in vals:
        for im in vals:
            if re == re and im == im and abs(re) != inf and abs(im) != inf:
                continue
            try:
                row.append(show(f(complex(re, im))))
            except ValueError:
                row.append("VE")
            except OverflowError:
                row.append("OE")
    print(name, " ".join(row))
for r in vals:
    row = []
    for phi in vals:
        try:
            row.append(show(cmath.rect(r, phi)))
        except ValueError:
            row.append("VE")
    print("rect", r, " ".join(row))
print(cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, -inf)), cmath.phase(complex(-0.0, -0.0)),
      cmath.phase(complex(-1, -0.0)), cmath.phase(complex(-1, 0.0)))
print(show(cmath.atanh(1 + 1e-200j)), show(cmath.log(complex(1e-310, 1e-310))), show(cmath.sqrt(complex(1e-310, 1e-310))),
      show(cmath.sqrt(complex(1e308, 1e308))), show(cmath.acos(complex(1e308, 1e308))), show(cmath.asinh(complex(-1e308, -1e308))),
      show(cmath.atanh(complex(1e200, -1e200))), show(cmath.tanh(complex(800, 1))), show(cmath.cosh(complex(710, 0.5))))
