# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(-1 // 10, -1 % 10)
