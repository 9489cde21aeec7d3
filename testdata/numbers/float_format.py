# float formatting with format specs, % and f-strings
x = 3.14159265
print(format(x, ".2f"), format(x, "10.3f") + "|", format(x, "<10.1f") + "|", format(x, "e"), format(x, ".3E"))
print(format(x, "g"), format(1e-7, "g"), format(123456789.0, "g"), format(1e16, "g"), format(0.0001, "g"))
print(format(x, "%"), format(0.5, ".1%"), format(1234567.891, ",.2f"), format(-x, "+.3f"), format(x, "+.3f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e100, ".3g"))
print(format(x, ""), format(1.0, ""), format(1e20, ""), format(1.5, "010.2f"), format(-1.5, "010.2f"))
print("%.3f %e %g %10.2f|%-10.2f|" % (x, x, x, x, x))
print(f"{x:.4}", f"{x:8.2f}", f"{100.0:.2e}", f"{float('inf'):f}", f"{float('nan'):.2f}")
