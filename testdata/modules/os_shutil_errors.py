# shutil/tempfile errors: missing sources, existing destinations, same file, rmtree onerror, bad fds
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="pystm_") as d:
    print(os.path.basename(d).startswith("pystm_"))
    src = os.path.join(d, "src.txt")
    with open(src, "w") as f:
        f.write("data")
    os.mkdir(os.path.join(d, "dir"))
    for f in [lambda: shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x")),
              lambda: shutil.copy(src, os.path.join(d, "nodir", "x")),
              lambda: shutil.copytree(os.path.join(d, "dir"), os.path.join(d, "dir")),
              lambda: shutil.copyfile(src, src),
              lambda: shutil.move(src, os.path.join(d, "dir")) and shutil.move(os.path.join(d, "dir", "src.txt"), os.path.join(d, "dir")),
              lambda: os.read(-1, 1),
              lambda: os.close(-1),
              lambda: os.write(-1, "text"),
              lambda: os.open(os.path.join(d, "missing", "f"), os.O_RDONLY)]:
        try:
            f()
            print("ok")
        except shutil.Error as e:
            print("shutil.Error", type(e).__name__)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        except TypeError as e:
            print("TypeError", e)
    errors = []
    shutil.rmtree(os.path.join(d, "nothing"), onerror=lambda fn, path, exc: errors.append((fn.__name__, os.path.basename(path), exc[0].__name__)))
    print(errors)
    print(sorted(os.listdir(d)), sorted(os.listdir(os.path.join(d, "dir"))))
    t = tempfile.TemporaryDirectory(dir=d)
    inner = t.name
    t.cleanup()
    t.cleanup()
    print(os.path.exists(inner))
print(os.path.exists(d))
try:
    shutil.copyfile("_definitely_missing_source", "_dst")
except FileNotFoundError as e:
    missing = e
raise FileNotFoundError(missing.errno, missing.strerror, missing.filename)
