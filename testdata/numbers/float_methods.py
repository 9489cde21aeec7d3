# float methods: is_integer, as_integer_ratio, hex/fromhex, conversions
print((2.0).is_integer(), (2.5).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), (-2.5).hex())
print(float("1_000.5"), float(" 3 "), float("+1E2"), float(".5"), float("5."))
print((3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (2.5).__round__(), (2.675).__round__(2))
print(1.5.real, 1.5.imag, (1.5).conjugate(), float.__name__)
try:
    (float("inf")).as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
