# pathlib: pure path parsing and operations (parts, name/suffix/stem, parents, with_*, relative_to, match, joining, ordering)
from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ["a/b", "/a/b/", "//a/b", "///a", "a/./b/../c/", ".", "", "/", "a.tar.gz", ".bashrc", "a.", "..", "x/y.z/w"]:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.root), repr(p.anchor), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent, p.is_absolute())
p = Path("/usr/local/lib/python3.11/site.py")
print(list(p.parents), p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3], repr(Path("a").parents))
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.with_suffix(""), p.with_stem("other"), Path("a.tar.gz").with_suffix(".bz2"))
print(p.relative_to("/usr"), p.relative_to("/usr/local", "lib"), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(Path("a") / "b" / "c", "x" / Path("y"), Path("a") / "/abs", Path("a").joinpath("b", Path("c")), Path("a", "b", "/c", "d"))
print(Path("a/b.py").match("*.py"), Path("a/b.py").match("a/*.py"), Path("/a/b.py").match("/*.py"), Path("a/b.py").match("b/*.py"))
print(sorted([Path("b"), Path("a/c"), Path("/z"), Path("a")]), Path("a") < Path("b"), Path("a") == PurePath("a"), Path("a") == "a")
print(type(Path("x")).__name__, type(PurePath("x")).__name__, isinstance(Path("x"), PurePath), hash(Path("a/b")) == hash(PurePosixPath("a//b")))
print(Path("a/b").as_posix(), str(Path("~/x")), Path("/a").as_uri(), bytes(Path("a/b")), {Path("a"): 1}[Path("a/.")])
for f in [lambda: Path(1), lambda: Path("a").relative_to("b"), lambda: Path("/a").relative_to("a"), lambda: Path("/").with_name("x"),
          lambda: Path("a").with_name("a/b"), lambda: Path("a").with_suffix("x"), lambda: Path("a").with_suffix("."),
          lambda: Path("a") / 5, lambda: Path("a") < "b", lambda: Path("").with_suffix(".x"), lambda: Path("a").as_uri(),
          lambda: Path("a").match("")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
