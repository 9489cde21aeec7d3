# bitwise operators on positive, negative and big integers
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 10, 1 << 70, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100)
print((1 << 100) - 1 & 0xFFFF, (1 << 100) | 1, (1 << 100) ^ (1 << 99))
print(-(1 << 80) >> 70, -(1 << 80) & 0xFF, ~(1 << 80))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (1 << 100).bit_length())
print((0b1011).bit_count() if hasattr(int, "bit_count") else 3)
x = 6
x &= 3
x |= 8
x ^= 1
x <<= 2
x >>= 1
print(x)
