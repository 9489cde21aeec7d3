# io.TextIOWrapper over binary streams: BytesIO reading (lines, newline modes), writing through to BytesIO, encodings, detach, errors
import io
import sys

raw = io.BytesIO("héllo\r\nwörld\nlast".encode("utf-8"))
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.readline(), end="")
print(w.readlines(), w.encoding, w.errors, w.line_buffering)
w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="")
print(list(w))
w = io.TextIOWrapper(io.BytesIO(b"abcdef"))
print(w.read(2), w.read(), repr(w.read()), w.encoding)
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n")
print(w.write("café\nx"), out.getvalue())
w.flush()
b = w.detach()
print(b is out)
try:
    w.write("more")
except ValueError as e:
    print("ValueError", e)
w = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    w.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
for bad in [lambda: io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec"), lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
            lambda: io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()]:
    try:
        bad()
    except (LookupError, ValueError) as e:
        print(type(e).__name__, e)
sys.stdout.flush()
u = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
u.write("through stdout.buffer ✓\n")
u.flush()
u.detach()
print("end")
