# integer arithmetic, bitwise, shift, floor division/modulo and pow over random ints of 1 to 200 bits and both signs
state = 5
def nxt():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state
def rint():
    bits = [1, 7, 31, 32, 33, 62, 63, 64, 65, 100, 200][nxt() % 11]
    v = nxt() >> (64 - min(bits, 64))
    if bits > 64:
        v = (v << (bits - 64)) | (nxt() >> max(0, 128 - bits))
    return -v if nxt() & 1 else v
def digest(x):
    return (x.bit_length(), x % 1000000007, 1 if x < 0 else 0)
pairs = [(rint(), rint()) for _ in range(60)]
pairs += [(2 ** 63, -1), (-(2 ** 63), -1), (2 ** 64 - 1, 2 ** 64 - 1), (-(2 ** 64), 3), (0, -5), (7, 2 ** 64)]
for a, b in pairs:
    row = [a + b, a - b, a * b, a & b, a | b, a ^ b, a >> (abs(b) % 70), a << (abs(b) % 70), -a, ~a]
    if b:
        row += [a // b, a % b]
    out = [digest(x) for x in row]
    print(out, pow(a, abs(b) % 50 + 1, 10 ** 9 + 7), pow(a, 3) % 999983 if a else 0, a < b, a == b, (a > b) - (a < b))
