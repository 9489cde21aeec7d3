# round with ndigits on ints and floats, __round__ on custom classes
print(round(1.25, 1), round(1.35, 1), round(-1.25, 1), round(12345, -3), round(-0.5), round(0.4999999999999999))
print(round(2 ** 70 + 1, -5), round(5e-324, 400), round(1e300, -300))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2))
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
