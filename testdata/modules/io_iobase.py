# io base classes subclassed in Python: a TextIOBase writer, a RawIOBase reader with the default readline, closed/close/flush
import io

class Collect(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def writable(self):
        return True

c = Collect()
c.write("a")
c.writelines(["x", "y"])
print(c.parts, isinstance(c, io.IOBase), isinstance(c, io.TextIOBase), c.readable(), c.writable(), c.closed)
with c as same:
    print(same is c, c.closed)
print(c.closed)
try:
    c.flush()
except ValueError as e:
    print("ValueError", e)
c.close()

class Chars(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + (n if n >= 0 else len(self.data))]
        self.pos += len(chunk)
        return chunk

r = Chars(b"one\ntwo\nthree")
print(r.readline(), r.readlines(), r.readable(), r.seekable())
r = Chars(b"l1\nl2\n")
print([line for line in r])
for op in [lambda: r.seek(0), lambda: r.truncate(), lambda: r.fileno(), lambda: r.tell()]:
    try:
        op()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
