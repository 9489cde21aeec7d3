# arbitrary precision integers: growth, mixing small and big, negatives
x = 1
for i in range(1, 31):
    x *= i
print(x)
print(2 ** 100, -(2 ** 100))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
big = 10 ** 30 + 7
print(big // 13, big % 13, -big // 13, -big % 13)
print(big * big - big)
print((2 ** 200) // (3 ** 50))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
print(abs(-9223372036854775808), -(-9223372036854775808))
print(len(str(3 ** 1000)))
print(int("123456789012345678901234567890") + 1)
