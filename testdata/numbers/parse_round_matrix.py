# int() with every base and float() over many literal spellings, round() at several ndigits, divmod across signs and types
ints = ["0", "-0", "+7", " 42 ", "1_000", "_1", "1_", "1__0", "0b101", "0B1_1", "0o17", "0x1F", "0xg", "00", "007", "0_7", "९", "٣", "1e3", "12.0", "\t-5\n", "+", "-", "", "0x", "1 2"]
for s in ints:
    row = []
    for base in (10, 0, 2, 8, 16, 36):
        try:
            row.append(str(int(s, base)))
        except ValueError:
            row.append("VE")
    print(repr(s), " ".join(row))
floats = ["1", "1.", ".1", "1e5", "1E-5", "1e+5", "-.5e-2", "1_0.5", "1._5", "inf", "-Infinity", "nAn", "+nan", "1e", "e1", "0x1p3", " 3.5 ", "1e309", "-1e-400",
          "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308", "0.1e1_0", "١.٥", "1,5"]
for s in floats:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.285, 1234.5678, -1234.5678, 5e-324, 1e300, 123456789012345678, 2 ** 70 + 0.5]:
    print(repr(v), round(v), [round(v, n) for n in (-3, -1, 0, 1, 2, 3)])
for a in [7, -7, 7.5, -7.5, 2 ** 65, -(2 ** 65)]:
    print([divmod(a, b) for b in (2, -2, 0.75, -0.75, 3 ** 40)])
