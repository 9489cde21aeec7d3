# int() parsing with bases, whitespace, underscores, signs and errors
print(int("42"), int("  -17  "), int("+5"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("101", 2), int("-777", 8), int(" 12 ", 10))
print(int(3.99), int(-3.99), int(True), int(1e20))
for s in ["abc", "", "1.5", "1__0", "0x", "12a", " "]:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
print(int(), int("0"), int("-0"), int("00"))
