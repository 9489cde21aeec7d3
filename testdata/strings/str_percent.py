# printf-style % formatting
print("%s %r %d %i %x %X %o %e %f %g %%" % ("s", "r", 42, -7, 255, 255, 8, 1.5, 1.5, 1.5))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f" % (3.14159, 3.14159, 3.14159, -3.14159))
print("%s and %s" % ("a", "b"), "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%c%c" % (72, "i"), "%10s|%-10s|" % ("right", "left"), "%.3s" % "abcdef")
print("%x %o" % (-255, -8), "%#x %#o" % (255, 8), "%d" % 3.99, "%s" % None)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError", e)
