# open() reads this program's own source: read, readline, iteration, binary mode, seek/tell, closed
with open(__file__) as f:
    first = f.readline()
    rest = f.read()
print(repr(first), len(rest.splitlines()), f.closed)
f = open(__file__, encoding="utf-8")
lines = list(f)
f.close()
print(len(lines), lines[-1].rstrip(), f.closed, f.mode)
with open(__file__, "rb") as b:
    head = b.read(10)
    pos = b.tell()
    b.seek(2)
    again = b.read(3)
print(head, pos, again, type(head).__name__)
with open(__file__) as f:
    print(sum(1 for line in f if line.startswith("with")))
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
# last line
