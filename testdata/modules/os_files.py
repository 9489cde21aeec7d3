# os: mkdir/makedirs, listdir, scandir, stat, rename, remove, walk, getsize/isfile/isdir in a temporary directory
import os

def _cleanup(top):
    # A run killed half-way leaves the directory behind: start clean.
    if os.path.isdir(top):
        for d, dirs, files in os.walk(top, topdown=False):
            for f in files:
                os.remove(os.path.join(d, f))
            os.rmdir(d)


top = "_tmp_os_files"
_cleanup(top)
os.makedirs(os.path.join(top, "a", "b"))
os.makedirs(os.path.join(top, "a", "b"), exist_ok=True)
os.mkdir(os.path.join(top, "c"))
with open(os.path.join(top, "a", "f1.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(top, "a", "b", "f2.bin"), "wb") as f:
    f.write(bytes(range(10)))
with open(os.path.join(top, "root.txt"), "w") as f:
    f.write("x" * 100)

print(sorted(os.listdir(top)))
print(os.path.exists(top), os.path.isdir(top), os.path.isfile(top), os.path.isfile(os.path.join(top, "root.txt")))
print(os.path.getsize(os.path.join(top, "root.txt")), os.stat(os.path.join(top, "a", "f1.txt")).st_size)
st = os.stat(os.path.join(top, "a", "b", "f2.bin"))
print(st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime > 1e9, len(st))
print(os.path.getmtime(os.path.join(top, "root.txt")) == os.stat(os.path.join(top, "root.txt")).st_mtime)
for entry in sorted(os.scandir(top), key=lambda e: e.name):
    print(entry.name, entry.path, entry.is_dir(), entry.is_file(), entry.is_symlink())
with os.scandir(os.path.join(top, "a")) as it:
    print(sorted(e.name for e in it))
for dirpath, dirnames, filenames in os.walk(top):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
for dirpath, dirnames, filenames in os.walk(top, topdown=False):
    print("up", dirpath, sorted(dirnames), sorted(filenames))
os.rename(os.path.join(top, "root.txt"), os.path.join(top, "c", "moved.txt"))
print(sorted(os.listdir(os.path.join(top, "c"))), os.path.exists(os.path.join(top, "root.txt")))
os.replace(os.path.join(top, "c", "moved.txt"), os.path.join(top, "c", "again.txt"))
print(os.listdir(os.path.join(top, "c")))
cwd = os.getcwd()
os.chdir(".")
print(os.getcwd() == cwd, os.path.isabs(cwd), type(os.getpid()).__name__, os.cpu_count() >= 1, len(os.urandom(8)), type(os.urandom(2)).__name__)
os.remove(os.path.join(top, "c", "again.txt"))
os.unlink(os.path.join(top, "a", "f1.txt"))
os.remove(os.path.join(top, "a", "b", "f2.bin"))
os.removedirs(os.path.join(top, "a", "b"))
os.rmdir(os.path.join(top, "c"))
print(os.path.exists(top), os.listdir(top))
os.rmdir(top)
print(os.path.exists(top))
