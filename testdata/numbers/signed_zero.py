# the sign of zero through float arithmetic, divmod, rounding, formatting and complex
z = -0.0
print(z, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, abs(z), -z, z == 0.0, hash(z) == hash(0))
print(divmod(-0.0, 1), divmod(0.0, -1), 0.0 % -1, -0.0 % 1, -0.0 // 1, 0.0 // -1, -1e-300 // 1e300)
print(round(-0.4, 0), round(-0.4), round(-0.0), round(-0.5, 0), round(-0.04, 1), int(-0.9))
print(min(0.0, -0.0), max(-0.0, 0.0), sorted([0.0, -0.0, -0.0, 0.0]), float("-0.0"), str(-0.0), format(-0.0, "+.1f"))
print(complex(0, -0.0), complex(-0.0, 0), -0j, repr(complex(-0.0, -0.0)), (-0.0) ** 2, (-0.0) ** 3)
print(1 / float("inf"), -1 / float("inf"), 0.0 == -0.0, [-0.0] == [0.0], {0.0: "a", -0.0: "b"})
