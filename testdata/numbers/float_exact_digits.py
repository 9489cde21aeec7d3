# fixed-point formatting prints the exact decimal expansion of the binary float
print("%.20f" % 0.1, "%.30f" % 0.3, format(0.1, ".55f"))
print(format(1e22, "f"), format(1e23, "f"), format(2 ** 70 + 0.0, ".1f"))
print(format(1e300, "f")[:40], len(format(1e300, "f")), format(5e-324, ".330f")[-10:])
print("%.3f %.3f %.3f %.3f" % (0.0005, 0.0015, 0.0025, 1.0005), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print(format(123.456, ".10e"), format(9.999999999999999e22, "e"), repr(9.999999999999999e22), format(0.1, ".17g"))
print(format(2.5, ".0e"), format(3.5, ".0e"), format(1.25, ".1f"), format(1.35, ".1f"), format(-0.0, ".2f"))
