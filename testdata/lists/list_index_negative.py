# negative indexes, index with start/stop, count of equal-but-different types
a = [1, 2.0, True, "2", 2, 1.0]
print(a[-1], a[-6], a.index(2), a.index(1), a.index(2, 2), a.count(1), a.count(2), a.count("2"))
try:
    a[-7]
except IndexError as e:
    print("IndexError", e)
try:
    a.index(2, 5)
except ValueError as e:
    print("ValueError", e)
print(a.index(1, -2), a[-3:-1], a[-100:-4])
