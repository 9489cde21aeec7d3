# format() over a matrix of values and format specs, including every ValueError/TypeError message for bad specs
vals = [42, -3.5, "txt", True, 2 ** 70, 1e300, None]
specs = ["", "x", "s", "d", "f", "%", ",s", "=5", "05s", "+s", "#s", ".2d", "z", "10.3x", ",x", "_,", ",_", "c", ">>5", "=^5", "<", "0", "010", ".0", ".", "5.", "#", "+", " ", "-", "nn", ".2n", "b", "e", "G", "X", "%%"]
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(repr(format(v, sp)))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__[0] + ":" + str(e))
    print(repr(v), " | ".join(row))
