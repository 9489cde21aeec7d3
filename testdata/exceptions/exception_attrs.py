# standard exception attributes: args, errno-like fields, KeyError repr, OSError fields
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), type(e).__name__, e.args)
k = KeyError("a", "b")
print(str(k), repr(k), k.args)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u), u.start, u.end, u.reason)
s = StopIteration(5)
print(s.value, SystemExit(3).code, SystemExit().code)
n = NameError("name 'q' is not defined")
print(n, n.args)
try:
    {}["z"]
except LookupError as le:
    print(type(le).__name__, le.args)
a = AttributeError("msg")
print(a.args, str(a))
print(str(ValueError()), repr(ValueError()), str(ValueError("")), repr(TypeError("x", 1)))
