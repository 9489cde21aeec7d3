# many generated floats formatted with many specs (correct rounding of every conversion)
state = 99
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state
vals = [0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123456.5, 9.995, 0.045, 1.0005]
for i in range(40):
    m = (nxt() >> 11) / 9007199254740992.0
    e = (nxt() >> 58) - 32
    v = m * 10.0 ** e
    vals.append(-v if nxt() & 1 else v)
specs = ["e", ".0e", ".3e", ".12e", "f", ".0f", ".2f", ".7f", "g", ".1g", ".4g", ".15g", ".17g", "%", ".1%", "+.3", "10.4", "<12.3g", ",.2f", "#.0e"]
for v in vals:
    print(repr(v), " ".join(format(v, s) for s in specs))
