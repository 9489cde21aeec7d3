# io.StringIO: write/read/seek/tell/truncate, newline modes, iteration, subclassing, errors
import io

s = io.StringIO("héllo\nwörld\n")
print(s.read(3), s.tell(), repr(s.readline()), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), t.readlines())
lines = io.StringIO("x\ny\nz")
print([l for l in lines], lines.read())
with io.StringIO() as w:
    print("a", "b", sep="-", end="!\n", file=w)
    print(1, 2, 3, file=w)
    out = w.getvalue()
print(repr(out), w.closed)
print(io.StringIO("a\nbb\nccc\n").readlines(3))
print(repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").readline(2)))

class Upper(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
    def write(self, s):
        return super().write(self.prefix + s.upper())

u = Upper("> ")
u.write("shout\n")
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))

bad = [
    lambda: io.StringIO(5),
    lambda: io.StringIO().write(5),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().seek(0, 3),
    lambda: io.StringIO().truncate(-1),
    lambda: io.StringIO(newline="x"),
    lambda: io.StringIO().read("x"),
    lambda: io.StringIO().fileno(),
]
for f in bad:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
c = io.StringIO("x")
c.close()
for f in [c.read, c.getvalue, c.tell, lambda: c.write("y"), lambda: iter(c)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
