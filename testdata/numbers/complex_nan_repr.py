# complex repr/str print a NaN imaginary part as "+nanj" whatever its sign bit, the real part keeps its sign
import math
nan = float('nan')
negnan = math.copysign(nan, -1)
for z in [complex(1, nan), complex(1, negnan), complex(0, negnan), complex(-0.0, negnan),
          complex(math.inf, negnan), complex(negnan, negnan), complex(negnan, 1), complex(nan, -1),
          complex(-2.5, negnan), -complex(1, nan), complex(1, -nan)]:
    print(repr(z), str(z), [z], format(z))
print(complex(1, negnan).imag, math.copysign(1, complex(1, negnan).imag))
