# io: open() in text and binary modes, newline handling, append, r+, errors; StringIO/BytesIO basics
import io, os
s = io.StringIO()
s.write("hello\n")
print("x", 1, file=s)
s.writelines(["a\n", "b"])
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), s.readlines())
s.seek(0)
print(list(s))
with io.StringIO("one\ntwo\n") as f:
    for line in f:
        print(line.rstrip())
print(f.closed)
b = io.BytesIO(b"ab\ncd")
print(b.read(1), b.readline(), b.read(), b.getvalue())
b.seek(-2, 2); print(b.read()); b.write(b"zz"); print(b.getvalue(), b.truncate(3), b.getvalue())
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
class My(io.StringIO):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
m = My("t"); m.write("q"); print(m.tag, m.getvalue(), type(m).__name__)
d = "_tmp_io_files"
os.mkdir(d) if not os.path.exists(d) else None
p = d + "/f.txt"
with open(p, "w") as f:
    print(f.write("line1\nline2\r\nline3"), f.name, f.mode, f.closed)
    print("x", file=f)
print(f.closed)
with open(p) as f:
    print(f.readlines())
with open(p, newline="") as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.read(), f.tell())
with open(p, "a") as f:
    print(f.tell()); f.write("more\n")
with open(p, "r+") as f:
    print(repr(f.read(5)), f.tell()); f.seek(0); f.write("LINE"); f.seek(0); print(repr(f.readline()))
open(p, "w").write("direct")
print(open(p).read())
with open(p, "rb+") as f:
    print(type(f).__name__, f.mode)
for args in [(p, "x"), (d + "/nope.txt",), (d,), (p, "rw"), (p, "rbt"), (p, "rb", -1, "utf-8")]:
    try:
        open(*args)
    except Exception as e:
        print(type(e).__name__, e)
f = open(p)
f.close()
try: f.read()
except ValueError as e: print(e)
try: open(p, "w").read()
except io.UnsupportedOperation as e: print("Unsupported", e)
os.remove(p); os.rmdir(d)
print(os.path.exists(d))
