# format specs at the edges: grouping with precision, g/n types, alternate forms, zero width
print(f"{-1234567.891:,.2f}", f"{1234567.891:_.1f}", f"{0.000012345:.3g}", f"{123456789:.3g}", f"{1e16:n}")
print(f"{1.0:#g}", f"{1:#.3g}", f"{0.0:g}", f"{-0.0:g}", f"{1e-4:g}", f"{1e-5:g}", f"{123456.0:g}", f"{1234567.0:g}")
print("%#g %#x %#o %.0e %.0f %#.0f" % (1.5, 255, 8, 12345.678, 0.5, 0.5))
print(f"{12:#010b}", f"{-12:#010x}", f"{12:+#o}", f"{255:_b}", f"{1234567:_d}", f"{-5:=+6}")
print(f"{3.14159:.0%}", f"{1.5:e}", f"{-1.5e-10:.2E}", f"{float('inf'):+}", f"{float('-inf'):10}|", f"{float('nan'):^7}|")
print(f"{'abc':.1}", f"{'abc':5.2}|", f"{'x':\u2588^5}", f"{7:}", f"{'s'!s:3}|")
print(format(10 ** 20, ","), format(-10 ** 20, "_x"), format(2 ** 64, "e"), format(10 ** 25, ".3g"))
