# open(): argument checking, missing files and modes, ending with an uncaught FileNotFoundError
import io
for args, kw in [
    (("x.txt", "rw"), {}),
    (("x.txt", "rr"), {}),
    (("x.txt", "q"), {}),
    (("x.txt", "rbt"), {}),
    (("x.txt", "rb"), {"encoding": "utf-8"}),
    (("x.txt", "wb"), {"newline": "\n"}),
    (("x.txt", "w", 0), {}),
    ((None,), {}),
    ((3.5,), {}),
    (("x.txt",), {"newline": "z"}),
    (("_no_such_dir/x.txt", "w"), {}),
    ((".",), {}),
]:
    try:
        open(*args, **kw)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
try:
    open("_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open("_missing_file.txt") as f:
    print("not reached")
