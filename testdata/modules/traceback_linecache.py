# linecache: getline/getlines of this program (line text with newline, out-of-range lines, unreadable files)
import linecache

def f():
    return 1    # trailing spaces stay

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 5)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 999)))
lines = linecache.getlines(__file__)
print(len(lines), repr(lines[-1]), all(l.endswith("\n") for l in lines))
print(linecache.getlines("_no_such_file.py"), repr(linecache.getline("_no_such_file.py", 1)))
linecache.clearcache()
linecache.checkcache()
print(repr(linecache.getline(__file__, 3)))
# last line
