# io: large files across the read-ahead chunks: multi-byte characters at chunk edges, \r\n and \r lines, tell/seek round trips, read(n) mixes
import os

p = "_tmp_io_big.txt"
lines = []
for i in range(20000):
    sep = ["\n", "\r\n", "\r"][i % 3]
    lines.append("é" * (i % 7) + "line %d ✓" % i + "x" * (i % 13) + sep)
text = "".join(lines)
with open(p, "w", newline="") as f:
    f.write(text)
print(os.path.getsize(p), len(text))
with open(p, newline="") as f:
    got = f.readlines()
print(len(got), got == lines, got[-1] == lines[-1])
with open(p) as f:
    uni = f.read()
print(len(uni), uni.count("\n"), "\r" in uni)
with open(p, encoding="utf-8") as f:
    n = 0
    marks = []
    for i, line in enumerate(f):
        n += 1
        if i % 4999 == 0:
            marks.append(line)
print(n, marks)
with open(p, newline="") as f:
    chunks = []
    while True:
        c = f.read(997)
        if not c:
            break
        chunks.append(c)
print(len(chunks), "".join(chunks) == text)
with open(p, newline="") as f:
    f.readline()
    f.readline()
    pos = f.tell()
    a = f.readline()
    for _ in range(5000):
        f.readline()
    pos2 = f.tell()
    b = f.readline()
    f.seek(pos)
    print(f.readline() == a, pos)
    f.seek(pos2)
    print(f.readline() == b, pos2)
with open(p, "rb") as f:
    data = f.read()
    f.seek(100000)
    piece = f.read(10)
    print(len(data), piece == data[100000:100010], f.tell())
    f.seek(-5, 2)
    print(f.read(), f.tell())
    f.seek(0)
    blines = f.readlines()
    print(len(blines), b"".join(blines) == data)
with open(p, newline="") as f:
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(100)))
os.remove(p)
