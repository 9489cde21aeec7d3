# % formatting with * widths and precisions, and with objects defining __str__/__repr__/__index__
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.71828))
print("%5s|%-6r|%%|%c" % ("ab", "q", "Z"), "%s %s" % ([1], {"a": (1,)}))
class I:
    def __index__(self):
        return 65
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print("%x %o %c" % (I(), I(), I()), "%s %r %a" % (S(), S(), "é"))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%i %u" % (3, 4), "%e" % 0)
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print("TypeError", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError", e)
