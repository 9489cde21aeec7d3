# pathlib: file-system methods in a temporary directory: mkdir/touch/write/read/iterdir/glob/rglob/stat/rename/unlink/rmdir and errors
import os
from pathlib import Path

top = Path("_tmp_pathlib")
if top.exists():
    for d, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(d, f))
        os.rmdir(d)
(top / "a" / "b").mkdir(parents=True)
(top / "a" / "b").mkdir(parents=True, exist_ok=True)
print((top / "a").is_dir(), (top / "a").is_file(), (top / "nope").exists())
f = top / "a" / "note.txt"
print(f.write_text("hello\nworld\n"), f.read_text(), f.read_text().splitlines(), f.stat().st_size)
print((top / "data.bin").write_bytes(b"\x00\x01\x02"), (top / "data.bin").read_bytes())
(top / ".hidden").touch()
(top / "a" / "b" / "deep.py").touch()
(top / "a" / "top.py").write_text("x = 1\n")
print(sorted(p.name for p in top.iterdir()))
print(sorted(str(p.relative_to(top)) for p in top.glob("*")))
print(sorted(str(p.relative_to(top)) for p in top.glob("**/*.py")), sorted(str(p.relative_to(top)) for p in top.rglob("*.py")))
print(sorted(str(p.relative_to(top)) for p in (top / "a").glob("*.txt")))
with (top / "a" / "note.txt").open() as fh:
    print(fh.readline().strip())
with (top / "log.txt").open("w") as fh:
    fh.write("line\n")
print((top / "log.txt").read_text(), end="")
moved = (top / "log.txt").rename(top / "a" / "log2.txt")
print(moved, moved.exists(), (top / "log.txt").exists(), type(moved).__name__)
print(Path.cwd() == Path(os.getcwd()), Path(".").absolute() == Path.cwd(), top.resolve() == Path.cwd() / top, top.absolute().is_absolute())
for fn in [lambda: (top / "missing.txt").read_text(), lambda: (top / "a").mkdir(), lambda: (top / "x" / "y").mkdir(),
           lambda: (top / "a").rmdir(), lambda: (top / "gone").unlink(), lambda: (top / "f.txt").write_text(b"bytes"),
           lambda: (top / ".hidden").touch(exist_ok=False)]:
    try:
        fn()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e.__class__.__mro__[1].__name__, str(e).replace(str(top), "TOP"))
(top / "gone").unlink(missing_ok=True)
for d, dirs, files in os.walk(top, topdown=False):
    for name in files:
        Path(d, name).unlink()
    Path(d).rmdir()
print(top.exists())
