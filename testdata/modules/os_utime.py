# os.utime (times and ns), os.truncate, uid/gid/umask types, and their errors
import os, time
p = "_tmp_os_utime.txt"
with open(p, "w") as f: f.write("hello world")
os.utime(p, (1000000000, 1500000000))
st = os.stat(p)
print(st.st_mtime, st.st_atime, st.st_mtime_ns)
os.utime(p, ns=(2 * 10**18, 1700000000123456789))
print(os.stat(p).st_mtime_ns, os.path.getmtime(p))
os.utime(p)
print(os.stat(p).st_mtime > 1.7e9)
os.truncate(p, 5)
print(open(p).read(), type(os.getuid()).__name__, type(os.getgid()).__name__)
old = os.umask(0o022); os.umask(old); print(type(old).__name__)
for f in [lambda: os.utime(p, (1, 2), ns=(1, 2)), lambda: os.utime(p, 5), lambda: os.utime("_nope", None), lambda: os.truncate("_nope", 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
os.remove(p)
