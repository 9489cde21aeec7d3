# stat and errno: S_IS* on real stat results, filemode strings, errno names and errorcode, OSError.errno comparisons
import errno
import os
import stat

p = "_tmp_stat_errno.txt"
with open(p, "w") as f:
    f.write("x")
os.chmod(p, 0o640)
st = os.stat(p)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISLNK(st.st_mode), oct(stat.S_IMODE(st.st_mode)), stat.filemode(st.st_mode))
print(stat.S_ISDIR(os.stat(".").st_mode), stat.filemode(os.stat(".").st_mode)[0], st[stat.ST_SIZE])
for mode in [0o100755, 0o040700, 0o120777, 0o104755, 0o102644, 0o041777, 0o010600, 0o000000]:
    print(oct(mode), stat.filemode(mode), stat.S_IFMT(mode) == stat.S_IFREG)
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.ENOTEMPTY, errno.EINVAL, errno.EPERM)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[11], errno.EAGAIN == errno.EWOULDBLOCK, os.strerror(errno.ENOENT))
for fn in [lambda: os.remove("_tmp_no_such"), lambda: os.mkdir("."), lambda: os.rmdir(p), lambda: open(".", "w")]:
    try:
        fn()
    except OSError as e:
        print(errno.errorcode[e.errno], e.errno == errno.ENOENT, type(e).__name__)
os.remove(p)
