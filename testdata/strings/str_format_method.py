# str.format with positions, names, attributes, indexes and specs
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=7), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 3
print("{0.x}".format(P()), "{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{:*^7}".format("mid"))
print("{:d} {:5d} {:05d} {:+d} {:,}".format(1, 2, 3, 4, 1234567))
print("{:.2f} {:10.3e} {:g} {:%}".format(3.14159, 31415.9, 0.00001, 0.25))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{{literal}}".format(), "{:x} {:#b}".format(255, 5))
print("{0:{1}}|".format("w", 5), "{:{fill}>{width}}".format(7, fill="0", width=4))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
