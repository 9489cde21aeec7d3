# numeric literal forms: underscores, hex/oct/bin, exponents, imaginary, leading dots
print(1_000_000, 0x_FF, 0o777, 0b1010_1010, 0XAB, 0O17, 0B11)
print(1e3, 1E-3, 1.5e+2, .5, 5., 0.000_001, 1_0.0_1)
print(3j, 1.5j, 1e2j, 0j, type(1j).__name__)
print(0, 00, 0_0, -0, +5, - -5, ~~7)
print(9999999999999999999999, 0xFFFFFFFFFFFFFFFFFFFF, 1e309, -1e309)
