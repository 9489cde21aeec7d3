# multiplication, division and conversion of integers with thousands of digits
a = 3 ** 20000 + 12345
b = 7 ** 9000 - 1
p = a * b
print(p // b == a, p % b == 0, (p + 5) % a, len(hex(p)), p.bit_length())
print(pow(3, 20000, 10 ** 50), (a * a - b * b) % 1000000007 == ((a - b) * (a + b)) % 1000000007)
q, r = divmod(a, b)
print(q * b + r == a, 0 <= r < b, q.bit_length(), r % 99991)
f = 1
for i in range(2, 1500):
    f *= i
print(f.bit_length(), f % (10 ** 9 + 7), len(str(f)), str(f)[:30], sum(int(c) for c in str(f)))
print(int(1e300) % 1000000007, int(-1e300) // 10 ** 290, (1 << 10000) >> 9990, (-1 << 10000) >> 9990)
