# format() on ints, floats, strings, and objects with __format__
print(format(3), format(3.5), format("s"), format("s", ">3"), format(1 / 3, ".3"), format(10, "e"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format(0.0, "+"), format(-1, "x"))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F(), "abc"), "{:xy}".format(F()))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError", e)
