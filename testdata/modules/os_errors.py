# os: OSError subclasses and CPython's messages for missing files, existing directories, non-empty directories
import os

def _cleanup(top):
    # A run killed half-way leaves the directory behind: start clean.
    if os.path.isdir(top):
        for d, dirs, files in os.walk(top, topdown=False):
            for f in files:
                os.remove(os.path.join(d, f))
            os.rmdir(d)


top = "_tmp_os_errors"
_cleanup(top)
os.mkdir(top)
with open(os.path.join(top, "f"), "w") as f:
    f.write("x")
cases = [
    lambda: os.mkdir(top),
    lambda: os.makedirs(top),
    lambda: os.rmdir(top),
    lambda: os.remove(os.path.join(top, "nope")),
    lambda: os.listdir(os.path.join(top, "nope")),
    lambda: os.listdir(os.path.join(top, "f")),
    lambda: os.stat("_no_such_thing"),
    lambda: os.rename("_no_such_thing", "_other_thing"),
    lambda: os.rmdir(os.path.join(top, "f")),
    lambda: os.remove(top),
    lambda: os.path.getsize("_no_such_thing"),
    lambda: os.mkdir(os.path.join(top, "f", "sub")),
    lambda: os.chdir("_no_such_thing"),
    lambda: os.listdir(5.5),
    lambda: os.urandom(-1),
]
for c in cases:
    try:
        c()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, getattr(e, "filename2", None), "|", e)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(FileNotFoundError(), OSError), os.error is OSError)
print(os.path.exists("_no_such_thing"), os.path.isfile("_no_such_thing"), os.path.isdir("_no_such_thing"))
os.remove(os.path.join(top, "f"))
os.rmdir(top)
os.remove(top)
