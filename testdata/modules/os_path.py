# os.path string functions: join, split, splitext, basename/dirname, normpath, relpath, commonpath, expanduser/expandvars
import os
import os.path
from os import path as p

print(os.path is p, os.sep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.name, os.extsep, os.pathsep)
for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "b/", "c")]:
    print("join", args, p.join(*args))
for s in ["a/b/c", "/a", "a/", "/", "", "a//b//", "//a", "file.tar.gz", ".bashrc", "a/.b", "a.b/c", "..d", "a/b.", "x.y/"]:
    print(repr(s), p.split(s), p.splitext(s), repr(p.basename(s)), repr(p.dirname(s)))
for s in ["", ".", "a/./b", "a/../b", "../a", "/../a", "//a/b", "///a", "a/b/../../..", "a//b/", "/a/./b/../c/", "./"]:
    print("normpath", repr(s), repr(p.normpath(s)))
print(p.isabs("/x"), p.isabs("x"), p.abspath("a/../b") == p.join(os.getcwd(), "b"))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/a/b", "/a/b"), p.relpath("/x/y", "/a/b"))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(p.commonprefix([])))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c"]), p.commonpath(["a/./b", "a"]))
os.environ["PYSTM_T_HOME"] = "/home/tester"
print(p.expandvars("$PYSTM_T_HOME/x ${PYSTM_T_HOME}y $NOPE_NOT_SET ${NOPE"), p.expanduser("plain"))
print(os.environ["PYSTM_T_HOME"], os.getenv("PYSTM_T_HOME"), os.getenv("PYSTM_NOPE_VAR", "dflt"), "PYSTM_T_HOME" in os.environ)
del os.environ["PYSTM_T_HOME"]
print(os.environ.get("PYSTM_T_HOME"), os.environ.pop("PYSTM_T_HOME", "gone"))
print(p.splitdrive("/a/b"), p.normcase("A/B"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.txt"), p.normpath(b"a/../b"))
for bad in [lambda: p.join("a", 1), lambda: p.join("a", b"b"), lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"]),
            lambda: p.relpath(""), lambda: p.basename(None), lambda: os.fspath(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class P:
    def __fspath__(self):
        return "via/fspath"

print(os.fspath(P()), p.join(P(), "x"), p.basename(P()), isinstance(P(), os.PathLike))
