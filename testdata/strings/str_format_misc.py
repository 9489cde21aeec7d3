# format_map, zero padding with signs, alignment of numbers with fill, nested braces
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{:=+8d}|{:=8.2f}|{:0=8}".format(42, -3.5, -7))
print("{:,d} {:_x} {:#o} {:#X}".format(-1234567, 0xABCDEF, 8, 255))
print("{:>{w}.{p}}|".format("abcdef", w=6, p=3), "{:.0%}".format(0.125), "{:e}".format(0))
print("{:c}{:c}".format(80, 121), "{!r:>8}".format("x"), "{0[0]}{0[1]}".format("hi"))
print("{:n}".format(1234), "{:g}".format(1e-5), "{:G}".format(1e20), "{:.3g}".format(1234.5))
print("{:10}|{:<10}|{:10}|".format("s", 1, 1.5))
