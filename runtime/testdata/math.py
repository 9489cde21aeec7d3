import math
print(math.log(10), math.log10(1000), math.log2(8), math.log(8, 2), math.log(10**400), math.exp(1), math.log1p(1e-10))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.fsum([0.1]*10), sum([0.1]*10), math.hypot(3,4), math.isclose(1, 1.0000000001))
for f in ['math.sqrt(-1)', 'math.log(0)', 'math.exp(1000)', 'math.factorial(-1)', 'math.factorial(2.0)', 'math.isqrt(-1)', 'math.comb(-1, 2)', 'math.pow(0, -1)', 'math.fsum([float("inf"), -float("inf")])', 'math.floor(float("inf"))', 'math.sqrt("x")', 'math.acos(2)', 'math.log(-1)', 'math.fmod(1, 0)', 'math.ldexp(1.0, 5000)', 'math.gamma(0)', 'math.cosh(1000)', 'math.pow(-1, 0.5)', 'math.perm(3, -1)']:
    try:
        eval(f)
    except Exception as e:
        print(f, type(e).__name__, e)
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3), math.perm(5), math.perm(5, 2), math.factorial(20), math.isqrt(10**20+1), math.prod([1,2,3]), math.dist((0,0),(3,4)))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180), math.remainder(7, 2), math.nextafter(1, 2), math.ulp(1.0))
print(math.pi, math.e, math.tau, math.inf, math.nan, math.exp2(10), math.erf(1), math.gamma(5))
print(math.sin(1), math.cos(1), math.atan2(1, 2), math.asinh(1), math.log(1e-300), math.log10(2), math.log2(10))
print([math.log10(10**k) for k in range(-5, 25)] == [float(k) for k in range(-5, 25)], math.log(1e22, 10), math.sqrt(2), math.exp(-745.2), math.exp(709.7))
