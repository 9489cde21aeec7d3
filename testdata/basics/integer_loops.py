# loops computing checksums over ranges that mix small and big ints
total = 0
for i in range(1, 2001):
    total += i * i * i
print(total, total == (2000 * 2001 // 2) ** 2)
acc = 1
for i in range(1, 60):
    acc = acc * 3 + i
print(acc, acc % 1000007, acc.bit_length())
h = 0
for i in range(1000):
    h = (h * 31 + i) & 0xFFFFFFFF
print(h)
n, steps = 27, 0
while n != 1:
    n = 3 * n + 1 if n % 2 else n // 2
    steps += 1
print(steps)
