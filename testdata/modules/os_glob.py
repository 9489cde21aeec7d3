# glob and fnmatch: patterns over a small tree (results sorted), hidden files, recursive '**', escape, fnmatch sets and ranges
import fnmatch
import glob
import os

top = "_tmp_glob"
for d in ["a/b", "a/c", ".hid", "x1"]:
    os.makedirs(os.path.join(top, d), exist_ok=True)
for f in ["a/one.py", "a/two.txt", "a/b/three.py", "a/c/.secret.py", "x1/data[1].csv", ".top.py", "root.py", "Root.PY"]:
    with open(os.path.join(top, f), "w") as fh:
        fh.write(f)
j = lambda *p: os.path.join(top, *p)
print(sorted(glob.glob(j("*"))))
print(sorted(glob.glob(j("*.py"))), sorted(glob.glob(j(".*"))))
print(sorted(glob.glob(j("a", "*.py"))), sorted(glob.glob(j("*", "*.py"))))
print(sorted(glob.glob(j("**", "*.py"), recursive=True)))
print(sorted(glob.glob(j("**"), recursive=True)))
print(sorted(glob.glob(j("**", ""), recursive=True)))
print(sorted(glob.glob(j("**", "*.py"))), sorted(glob.glob(j("a", "?ne.*"))), sorted(glob.glob(j("a", "[ot]*"))))
print(sorted(glob.glob(j("*", "")), key=str), glob.glob(j("nope", "*")), glob.glob(j("a", "one.py")), glob.glob(j("a", "zzz")))
print(glob.glob(j("x1", glob.escape("data[1].csv"))), glob.escape("a*b?[c]"), glob.has_magic("a[b"), glob.has_magic("ab"))
print(sorted(glob.glob("*.py", root_dir=j("a"))), sorted(glob.glob("**/*.py", root_dir=top, recursive=True, include_hidden=True)))
print(sorted(glob.iglob(j("a", "*"))))
for name, pat in [("abc", "a*"), ("abc", "a?c"), ("abc", "a[bx]c"), ("abc", "a[!b]c"), ("a-c", "a[a-z]c"), ("a]c", "a[]]c"),
                  ("a[c", "a[c"), ("ABC", "abc"), ("file.txt", "*.TXT"), ("x/y", "x*"), ("", "*"), ("a", ""), ("[", "[[]"),
                  ("b", "[a-c]"), ("d", "[c-a]"), ("-", "[a-]"), ("!", "[!]"), ("ab", "a[!x-z]")]:
    print(name, pat, fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"))
for d, dirs, files in os.walk(top, topdown=False):
    for f in files:
        os.remove(os.path.join(d, f))
    os.rmdir(d)
print(os.path.exists(top))
