# tempfile and shutil: TemporaryDirectory, mkstemp+fdopen, os.open/read/write/close, NamedTemporaryFile, copy/copytree/move/rmtree
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.isabs(d), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)))
    p = os.path.join(d, "a.txt")
    with open(p, "w") as f:
        f.write("alpha\n")
    os.makedirs(os.path.join(d, "sub", "deep"))
    with open(os.path.join(d, "sub", "deep", "b.bin"), "wb") as f:
        f.write(b"\x00\x01")
    print(shutil.copy(p, os.path.join(d, "sub")) == os.path.join(d, "sub", "a.txt"))
    print(shutil.copyfile(p, os.path.join(d, "c.txt")) == os.path.join(d, "c.txt"))
    print(open(os.path.join(d, "c.txt")).read(), end="")
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "copy"))
    print(sorted(os.listdir(os.path.join(d, "copy"))), sorted(os.listdir(os.path.join(d, "copy", "deep"))))
    moved = shutil.move(os.path.join(d, "c.txt"), os.path.join(d, "copy"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "c.txt")))
    try:
        shutil.copyfile(p, p)
    except shutil.SameFileError as e:
        print("SameFileError", type(e).__mro__[1].__name__)
    shutil.rmtree(os.path.join(d, "copy"))
    print(sorted(os.listdir(d)))
    fd, name = tempfile.mkstemp(suffix=".dat", prefix="x_", dir=d)
    print(type(fd).__name__, os.path.basename(name).startswith("x_"), name.endswith(".dat"))
    with os.fdopen(fd, "w") as f:
        f.write("via fd")
    print(open(name).read())
    fd2 = os.open(os.path.join(d, "raw"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    print(os.write(fd2, b"raw bytes"))
    os.close(fd2)
    fd3 = os.open(os.path.join(d, "raw"), os.O_RDONLY)
    print(os.read(fd3, 3), os.read(fd3, 100), os.read(fd3, 5))
    os.close(fd3)
    try:
        os.open(os.path.join(d, "raw"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt") as nt:
        nt.write("named")
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), nt.name.endswith(".txt"))
    print(os.path.exists(nt.name))
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b"anon")
        tf.seek(0)
        print(tf.read())
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(sub), oct(os.stat(sub).st_mode & 0o777))
    with tempfile.SpooledTemporaryFile() as sp:
        sp.write(b"spool")
        sp.seek(0)
        print(sp.read())
    saved = d
print(os.path.exists(saved))
print(tempfile.gettempprefix(), os.path.isdir(tempfile.gettempdir()))
try:
    shutil.rmtree("_no_such_tree_here")
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
shutil.rmtree("_no_such_tree_here", ignore_errors=True)
print(shutil.which("definitely-not-a-command-xyz"), shutil.get_terminal_size((100, 30)).columns > 0)
