# binary operators over a matrix of builtin value types: results and TypeError messages (str % and bytes % with mapping-like right operands)
vals = [3, -2.5, 1j, True, "ab", b"xy", [1], (2,), {1: 2}, {3}, None]
ops = ["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", "<"]
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            if op == "**" and (isinstance(a, complex) or isinstance(b, complex) or (isinstance(a, float) and a < 0)):
                row.append("(pow skipped: libm-dependent)")
                continue
            try:
                r = eval(f"a {op} b")
                row.append(repr(r)[:24])
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e)[:70])
        print(repr(a), repr(b), " | ".join(row))
