# io.BytesIO: bytes buffer reading, writing, seeking, lines and errors
import io

b = io.BytesIO(b"line1\nline2\nline3")
print(b.readline(), b.readline(3), b.tell())
print(b.read(), b.read(), b.tell())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines())
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue())
print(b.seek(-2, 1), b.read(), b.seek(10), b.write(b"Z"), b.getvalue())
print(b.seek(-100, 2), b.tell())
print(b.truncate(2), b.getvalue(), b.tell())
b.writelines([b"x", b"y"])
print(b.getvalue())
with io.BytesIO(b"data") as f:
    print(f.read(2), f.read1(), f.closed)
print(f.closed)
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), type(f).__name__)
for bad in [
    lambda: io.BytesIO("text"),
    lambda: io.BytesIO().write("text"),
    lambda: io.BytesIO().seek(-1),
    lambda: io.BytesIO().seek(0, 5),
    lambda: io.BytesIO().truncate(-2),
    lambda: io.BytesIO().read(1.5),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
f.close()
for op in [f.read, f.getvalue, lambda: f.write(b"q"), f.tell]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
