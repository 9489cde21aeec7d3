# float arithmetic, floor division, modulo, divmod, int(), round() and comparisons over random and special floats
state = 11
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state
def rfloat():
    k = nxt() % 10
    if k == 0:
        return [0.0, -0.0, float("inf"), -float("inf"), 1.0, -1.0, 0.5, 3.0, 1e-310, 2.0 ** 60][nxt() % 10]
    m = (nxt() >> 11) / 9007199254740992.0
    e = int(nxt() % 40) - 20
    v = m * 2.0 ** e
    return -v if nxt() & 1 else v
def fmt(x):
    return repr(x) if isinstance(x, float) else str(x)
for _ in range(80):
    a, b = rfloat(), rfloat()
    row = [a + b, a - b, a * b]
    for op in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b)[0]):
        try:
            row.append(op())
        except ZeroDivisionError:
            row.append("ZDE")
    try:
        row.append(int(a))
    except (OverflowError, ValueError) as e:
        row.append(type(e).__name__)
    row += [round(a, 3), a < b, a == b, a >= 1, a == int(a) if abs(a) < 1e300 else None, round(a * 100) if abs(a) < 1e300 else None]
    print(fmt(a), fmt(b), " ".join(fmt(x) for x in row))
