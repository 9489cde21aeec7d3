# io: thousands of files opened and dropped without close (read and append), and open(fd, closefd=False) leaving the descriptor open
import os
import tempfile
d = tempfile.mkdtemp()  # a directory of its own: no other run can touch the file
p = os.path.join(d, "unclosed.txt")
open(p, "w").write("data\n")
total = 0
for i in range(3000):
    total += len(open(p).read())
for i in range(1000):
    open(p, "a").write("x")
print(total, len(open(p).read()))
fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.read(4))
f.close()
print(os.read(fd, 1))
os.close(fd)
os.remove(p)
os.rmdir(d)
