# big int pow with modulus, negative bitwise, shifts, gcd, and mixed-sign divmod
a = 3 ** 200
b = -(7 ** 90)
print(pow(a, 65537, 2 ** 127 - 1), pow(b, 3, 10 ** 9 + 7), pow(2, 10 ** 6, 10 ** 9))
print(a & b, a | b, a ^ b, ~b, b >> 100, b << 3, -1 << 200 >> 199)
print(divmod(a, b), divmod(b, a), divmod(b, -12345), a // -b, a % -b)
def gcd(x, y):
    x, y = abs(x), abs(y)
    while y:
        x, y = y, x % y
    return x
print(gcd(a, b), gcd(2 ** 100, 6 ** 50), abs(b) % 1000)
print((a * b) // b == a, (a + b) - b == a, a > b, -a < b, hash(a) == hash(a + 0))
print(int(str(b)) == b, int(hex(a), 16) == a, bin(b)[:12], oct(a)[-5:], len(bin(a)))
