# open(): argument checking, missing files and modes, ending with an uncaught FileNotFoundError
import io
for args, kw in [
    (("_tmp_open_errors.txt", "rw"), {}),
    (("_tmp_open_errors.txt", "rr"), {}),
    (("_tmp_open_errors.txt", "q"), {}),
    (("_tmp_open_errors.txt", "rbt"), {}),
    (("_tmp_open_errors.txt", "rb"), {"encoding": "utf-8"}),
    (("_tmp_open_errors.txt", "wb"), {"newline": "\n"}),
    (("_tmp_open_errors.txt", "w", 0), {}),
    ((None,), {}),
    ((3.5,), {}),
    (("_tmp_open_errors.txt",), {"newline": "z"}),
    (("_no_such_dir/x.txt", "w"), {}),
    ((".",), {}),
]:
    try:
        open(*args, **kw)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))
import os
print(os.path.exists("_tmp_open_errors.txt"))
os.remove("_tmp_open_errors.txt")
try:
    open("_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open("_missing_file.txt") as f:
    print("not reached")
