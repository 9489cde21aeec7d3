# conversions of integers to text in several bases
for n in (0, 1, -1, 255, -255, 2 ** 70):
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"), format(255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(-42, "+d"), format(42, "+d"), format(42, " d"))
print(format(42, "08d"), format(-42, "08d"), format(42, "<8d") + "|", format(42, ">8d"), format(42, "^8d") + "|")
print(format(42, "*^9"), format(3, "c") if False else "", format(65, "c"))
