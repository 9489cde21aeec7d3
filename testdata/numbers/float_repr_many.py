# shortest round-trip repr for many generated floats across magnitudes
state = 12345
def nxt():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state
vals = []
for k in range(-30, 31, 3):
    for _ in range(5):
        v = nxt() / 2147483648.0 * 10.0 ** k
        vals.append(v)
for v in vals:
    r = repr(v)
    assert float(r) == v
    print(r)
print(sum(vals) > 0, len(vals))
print(repr(1 / 7), repr(2 / 7 * 1e200), repr(3e-310), repr(4.9406564584124654e-324), repr(2.2250738585072014e-308))
print(float("1e-320"), float("1.7976931348623157e308"), float("2.4703282292062328e-324"), float("1e-400"))
