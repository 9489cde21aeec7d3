# many generated ints formatted with many specs, and %-style int conversions
state = 7
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state
vals = [0, 1, -1, 255, -256, 2 ** 63, -(2 ** 64) + 1, 10 ** 30]
for i in range(20):
    v = nxt() >> (nxt() % 64)
    vals.append(-v if nxt() & 1 else v)
specs = ["d", "+d", " d", "x", "#X", "o", "#o", "b", ",", "_x", "010d", "<8", "^9", "=+12", ".3e", "g", "%", "n"]
for v in vals:
    print(" ".join(format(v, s) for s in specs))
    print("%d %5d %-5d| %+x %#o %e %.2f" % (v, v, v, v, v, v, v))
