# int methods: to_bytes/from_bytes, as_integer_ratio, bit_length, conjugate, real/imag
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\x00\x01", "little"))
print((7).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(int.__name__, (10).__add__(5), (10).__rsub__(3), (7).__floordiv__(2), (3).__pow__(2))
print((10).__truediv__(4), (1).__add__(1.5), (-5).__abs__(), (5).__neg__(), (0).__bool__())
