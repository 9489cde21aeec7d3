# round() uses round-half-to-even and exact decimal values
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(3.14159, 3), round(3.14159, 0), round(3.7), type(round(3.7)).__name__, type(round(3.7, 0)).__name__)
print(round(7, 2), round(-3), round(5.5e-10, 10))
print(int(2.5), int(-2.5))
