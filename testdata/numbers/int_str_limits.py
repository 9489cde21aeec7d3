# int to str of large values and round trips
n = 7 ** 500
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(str(-(10 ** 50)), hex(10 ** 30), int(hex(10 ** 30), 16) == 10 ** 30)
print(sum(int(c) for c in str(2 ** 1000)))
