#!/usr/bin/env python3
# Generates calls.txt: method calls on built-in values with CPython 3.11's
# results (repr) or exceptions. Run from this directory.
# Line: receiver-repr TAB method TAB args-tuple-repr TAB kwargs-dict-repr TAB result
cases = []

def c(recv, meth, *args, **kw):
    cases.append((recv, meth, args, kw))

S = ["", "a", "abc", "  hello world  ", "a,b,,c", "Hello World", "hello", "ÉCOLE été", "ß", "日本語テキスト", "tab\there", "line1\nline2\r\nline3\rx", "\x1c\x1d x", "MiXeD cAsE 123", "1234", "٣", "½", "²", "ab1", "_id", "1id", "  ", "\t\n", "x" * 3]
for s in S:
    for m in ["upper", "lower", "casefold", "swapcase", "title", "capitalize", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle", "isprintable", "isascii", "isidentifier", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs"]:
        c(s, m)
    c(s, "split", None, 1); c(s, "rsplit", None, 1); c(s, "split", ","); c(s, "split", ",", 1); c(s, "rsplit", ",", 1); c(s, "split", "l")
    c(s, "splitlines", True); c(s, "strip", " h"); c(s, "lstrip", "ah "); c(s, "rstrip", "cd ")
    c(s, "find", "l"); c(s, "rfind", "l"); c(s, "find", "l", 3); c(s, "find", "", 2); c(s, "find", "", 100); c(s, "rfind", "", 1, 3)
    c(s, "index", "a"); c(s, "rindex", "é"); c(s, "count", "l"); c(s, "count", ""); c(s, "count", "", 2, 4)
    c(s, "startswith", "a"); c(s, "startswith", ("x", "he")); c(s, "endswith", "d  "); c(s, "endswith", "c", 0, 3); c(s, "startswith", "", 50)
    c(s, "replace", "l", "L"); c(s, "replace", "", "-"); c(s, "replace", "l", "", 1)
    c(s, "center", 9); c(s, "center", 10, "*"); c(s, "ljust", 6, "-"); c(s, "rjust", 6); c(s, "zfill", 6)
    c(s, "partition", " "); c(s, "rpartition", "l"); c(s, "partition", "")
    c(s, "expandtabs", 4); c(s, "removeprefix", "a"); c(s, "removesuffix", "c")
    c(s, "encode"); c(s, "encode", "ascii"); c(s, "encode", "latin-1"); c(s, "encode", "ascii", "replace")
for s in ["-42", "+7", "42", ""]:
    c(s, "zfill", 5)
c(",", "join", ["a", "b", "c"]); c(",", "join", ("x",)); c(", ", "join", ["a", 1]); c("", "join", []); c("-", "join", "abc"); c("-", "join", 5)
c("abc", "split", ""); c("abc", "find", 1); c("abc", "center", 5, "ab"); c("abc", "startswith", 1); c("abc", "startswith", ("a", 1))
c("a b c", "split", maxsplit=1); c("a b c", "rsplit", sep=" ", maxsplit=1); c("a\nb", "splitlines", keepends=True)
c("abc", "index", "z"); c("abc", "rindex", "z");
c("hello", "translate", {104: "J", 101: None, 108: 76}); c("hello", "translate", {})
c("The {} is {}", "format", "sky", "blue"); c("{0}{1}{0}", "format", "a", "b"); c("{name}!", "format", name="x")
c("{:>8}|{:<6}|{:^7}", "format", "r", "l", "c"); c("{0[1]} {1[a]}", "format", [5, 6], {"a": 7}); c("{!r} {!s} {!a}", "format", "é", "x", "é")
c("{:{w}.{p}f}", "format", 3.14159, w=10, p=2); c("{{}} {}", "format", 1); c("{} {1}", "format", 1, 2); c("{1} {}", "format", 1, 2)
c("{", "format"); c("}", "format"); c("{2}", "format", 1); c("{x}", "format"); c("{0!z}", "format", 1); c("{:d}", "format", "s")
c("{0:,} {0:_} {0:#x}", "format", 1234567); c("{:%}", "format", 0.25); c("{:.2%}", "format", 1/3)
c("{a[0]}", "format_map", {"a": [9]}); c("{missing}", "format_map", {})
P = [("%s", "x"), ("%d", 42), ("%5d|%-5d|%05d", (1, 2, 3)), ("%+d % d", (5, 5)), ("%x %X %o %#x %#o", (255, 255, 8, 255, 8)),
     ("%.2f %e %g %G", (3.14159, 12345.678, 0.00001234, 1e20)), ("%10.3f|%-10.1e|", (2.5, 2.5)), ("%c%c", (65, "b")),
     ("%r %a", ("é", "é")), ("%(a)s-%(b)d", {"a": "x", "b": 3}), ("%%", ()), ("%s %s", ("a",)), ("%s", ("a", "b")),
     ("%d", "x"), ("%x", 1.5), ("%d", 3.99), ("%.3s", "abcdef"), ("%*d|%-*d", (5, 1, 4, 2)), ("%.*f", (2, 1.23456)),
     ("%z", 1), ("%", 1), ("%(a)s", 1), ("%s", [1, 2]), ("%s %s", [1, 2]), ("abc", []), ("abc", 5), ("%05s|%5s", ("ab", "cd")),
     ("%i %u", (7, 8)), ("%#.0f %#g", (1.0, 2.0)), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)), ("%g %g %g", (1e-5, 123456789, 0.1)),
     ("%s", None), ("%d", True), ("%5.1f%%", 99.5), ("%x", -255), ("%o", -8), ("%e", float("inf")), ("%08.2f", float("-inf")), ("%c", 1114112)]
for f, a in P:
    c(f, "%", a)
L = [[], [1, 2, 3], [3, 1, 2], [1.5, 2.5], ["b", "a"], [1, "a"], [[1], [0]], [(2, 1), (1, 2)], [1, 2.0, 3]]
for l in L:
    for m in ["sort", "reverse", "copy", "pop", "clear"]:
        c(list(l), m)
    c(list(l), "index", 2); c(list(l), "count", 1); c(list(l), "remove", 1); c(list(l), "pop", 0); c(list(l), "pop", 5)
    c(list(l), "insert", -1, 9); c(list(l), "insert", 100, 9); c(list(l), "sort", reverse=True); c(list(l), "index", 1, 1)
    c(list(l), "extend", (7, 8)); c(list(l), "append", "z")
c([3, 1, 2], "sort", key=None); c([1, 2], "sort", 1); c([1, 2], "index", 1, 0, 1); c([1, 2, 1], "index", 1, -1)
T = [(), (1,), (1, 2, 1), ("a", "b")]
for t in T:
    c(t, "count", 1); c(t, "index", 1); c(t, "index", "b")

# Random printf-style directives.
import random as _random
_r = _random.Random(7)
for _ in range(1500):
    conv = _r.choice("sdiouxXeEfFgGcr%a")
    d = "%"
    for fl in "-+ #0":
        if _r.random() < 0.2:
            d += fl
    if _r.random() < 0.5:
        d += str(_r.randint(0, 15))
    if _r.random() < 0.4:
        d += "." + str(_r.randint(0, 10))
    d += conv
    if conv in "sra":
        v = _r.choice(["ab", "héllo", "", 5, 2.5, None, [1]])
    elif conv == "c":
        v = _r.choice([65, 0x263a, "z"])
    elif conv == "%":
        v = ()
    else:
        v = _r.choice([0, 7, -42, 255, 2**65, -2.5, 1e10, 0.000123, 3.14159, -0.0, float("inf")])
    c("[" + d + "]", "%", v)

# Random str method calls.
alphabet = ["a", "b", " ", "\t", "\n", "\r\n", "é", "ß", "日", "A", "1", ",", "\x1c", "\u2028", "ǅ", "'", "İ", "ﬁ"]
def rstr(n):
    return "".join(_r.choice(alphabet) for _ in range(_r.randint(0, n)))
def ridx():
    return _r.choice([None, 0, 1, 2, -1, -3, 5, 100, -100])
for _ in range(2500):
    x = rstr(10)
    m = _r.choice(["split", "rsplit", "strip", "lstrip", "rstrip", "find", "rfind", "count", "replace", "partition",
                   "rpartition", "center", "ljust", "rjust", "expandtabs", "splitlines", "title", "capitalize",
                   "swapcase", "upper", "lower", "casefold", "startswith", "endswith", "index", "zfill", "isspace",
                   "istitle", "isalpha", "isalnum", "islower", "isupper", "removeprefix", "removesuffix", "join"])
    if m in ("split", "rsplit"):
        c(x, m, _r.choice([None, "a", " ", "ab", "é"]), _r.choice([-1, 0, 1, 2]))
    elif m in ("strip", "lstrip", "rstrip"):
        c(x, m, _r.choice([None, "a ", "é\t", ""]))
    elif m in ("find", "rfind", "count", "startswith", "endswith", "index"):
        c(x, m, _r.choice(["a", "", " ", "é", "ab", "日"]), ridx(), ridx())
    elif m == "replace":
        c(x, m, _r.choice(["a", "", " ", "é"]), _r.choice(["", "XY", "ü"]), _r.choice([-1, 0, 1, 3]))
    elif m in ("partition", "rpartition"):
        c(x, m, _r.choice(["a", " ", "é", "ab"]))
    elif m in ("center", "ljust", "rjust"):
        c(x, m, _r.randint(-1, 15), _r.choice([" ", "*", "é"]))
    elif m == "expandtabs":
        c(x, m, _r.choice([0, 1, 4, 8]))
    elif m == "splitlines":
        c(x, m, _r.choice([True, False]))
    elif m == "zfill":
        c(_r.choice(["", "-", "+"]) + x, m, _r.randint(0, 14))
    elif m in ("removeprefix", "removesuffix"):
        c(x, m, x[:2] if m == "removeprefix" else x[-2:])
    elif m == "join":
        c(_r.choice(["", ", ", "é"]), m, [rstr(3) for _ in range(_r.randint(0, 4))])
    else:
        c(x, m)

for ch in "ßẞﬀﬁﬂﬃﬄﬅﬆŉǰİςſµϐϑϕϖϰϱϵẛιǅǄǆ":
    for m in ("upper", "lower", "title", "casefold", "capitalize", "swapcase"):
        c(ch + "x", m)

# Random list item/slice assignment, deletion and reads.
def rlist():
    k = _r.choice(["int", "float", "mixed"])
    n = _r.randint(0, 8)
    if k == "int":
        return [_r.randint(-5, 5) for _ in range(n)]
    if k == "float":
        return [_r.choice([0.5, -1.25, 2.0]) for _ in range(n)]
    return [_r.choice([1, "a", 2.5, None, (1,)]) for _ in range(n)]
def rsl():
    return slice(_r.choice([None, 0, 1, -1, 3, -9, 20]), _r.choice([None, 0, 2, -2, 5, 20]), _r.choice([None, 1, 2, -1, -2, 3]))
for _ in range(1500):
    l = rlist()
    m = _r.choice(["__getitem__", "__setitem__", "__delitem__", "__setitem__", "insert", "pop", "remove", "index", "sort", "__contains__", "__mul__", "__add__", "__iadd__", "__eq__", "__lt__"])
    if m == "__getitem__":
        c(l, m, _r.choice([rsl(), _r.randint(-10, 10)]))
    elif m == "__setitem__":
        if _r.random() < 0.3:
            c(l, m, _r.randint(-10, 10), _r.choice([7, "z", 1.5]))
        else:
            c(l, m, rsl(), rlist())
    elif m == "__delitem__":
        c(l, m, _r.choice([rsl(), _r.randint(-10, 10)]))
    elif m == "insert":
        c(l, m, _r.randint(-10, 10), _r.choice([7, "z", 1.5]))
    elif m == "pop":
        c(l, m, _r.randint(-10, 10))
    elif m in ("remove", "index", "__contains__"):
        c(l, m, _r.choice([1, 0.5, "a", 9]))
    elif m == "sort":
        if all(isinstance(x, (int, float)) for x in l):
            c(l, m, reverse=_r.choice([True, False]))
        else:
            c(l, m)
    elif m == "__mul__":
        c(l, m, _r.randint(-1, 3))
    else:
        c(l, m, rlist())

# Random dict operations.
def rdict():
    return {_r.choice([1, 2, "a", "b", 2.0, (1, 2), True]): _r.choice([0, "v", None]) for _ in range(_r.randint(0, 5))}
for _ in range(800):
    d = rdict()
    m = _r.choice(["get", "pop", "setdefault", "update", "popitem", "__setitem__", "__delitem__", "__getitem__", "keys", "values", "items", "copy", "__contains__", "__eq__", "__or__", "__ior__", "fromkeys", "clear"])
    k = _r.choice([1, 2, "a", "z", 1.0, (1, 2), False, [1]])
    if m in ("get", "pop", "setdefault"):
        if _r.random() < 0.5:
            c(d, m, k)
        else:
            c(d, m, k, "dflt")
    elif m == "update":
        c(d, m, _r.choice([rdict(), [(k, 1)], [[1, 2], "ab"], [(1,)], 5]))
    elif m == "__setitem__":
        c(d, m, k, "new")
    elif m in ("__delitem__", "__getitem__", "__contains__"):
        c(d, m, k)
    elif m in ("__eq__", "__or__", "__ior__"):
        c(d, m, rdict())
    elif m == "fromkeys":
        c(d, m, _r.choice(["ab", [1, 2, 1], ()]), _r.choice([None, 0]))
    else:
        c(d, m)

# Random bytes, tuple and range operations.
def rbytes():
    return bytes(_r.choice(b"ab \t\n\x00\xff,A1") for _ in range(_r.randint(0, 8)))
for _ in range(800):
    b = rbytes()
    m = _r.choice(["split", "rsplit", "strip", "find", "rfind", "count", "replace", "partition", "rpartition", "startswith",
                   "endswith", "upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isdigit", "isspace", "hex",
                   "decode", "center", "zfill", "join", "__getitem__", "__contains__", "__add__", "__mul__", "index", "splitlines", "__mod__"])
    if m in ("split", "rsplit"):
        c(b, m, _r.choice([None, b"a", b" ", b","]), _r.choice([-1, 0, 1, 2]))
    elif m == "strip":
        c(b, m, _r.choice([None, b"a ", b"\x00"]))
    elif m in ("find", "rfind", "count", "index", "startswith", "endswith", "__contains__"):
        c(b, m, _r.choice([b"a", b"", b" ", 97, 255, b"ab"]))
    elif m == "replace":
        c(b, m, _r.choice([b"a", b"", b" "]), _r.choice([b"", b"XY"]))
    elif m in ("partition", "rpartition"):
        c(b, m, _r.choice([b"a", b" ", b"ab"]))
    elif m == "decode":
        c(b, m, _r.choice(["utf-8", "ascii", "latin-1"]), _r.choice(["strict", "ignore", "replace"]))
    elif m in ("center", "zfill"):
        c(b, m, _r.randint(0, 12))
    elif m == "join":
        c(b, m, [rbytes() for _ in range(_r.randint(0, 3))])
    elif m == "__getitem__":
        c(b, m, _r.choice([rsl(), _r.randint(-10, 10)]))
    elif m == "__add__":
        c(b, m, rbytes())
    elif m == "__mul__":
        c(b, m, _r.randint(-1, 3))
    elif m == "__mod__":
        c(b"%s|%d|%x|%r", m, (rbytes(), _r.randint(-9, 9), 255, rbytes()))
    else:
        c(b, m)
for _ in range(300):
    t = tuple(rlist())
    m = _r.choice(["__getitem__", "__contains__", "index", "count", "__add__", "__mul__", "__lt__", "__eq__", "__hash__"])
    if m == "__getitem__":
        c(t, m, _r.choice([rsl(), _r.randint(-10, 10)]))
    elif m in ("__contains__", "index", "count"):
        c(t, m, _r.choice([1, 0.5, "a", 9]))
    elif m == "__add__":
        c(t, m, tuple(rlist()))
    elif m == "__mul__":
        c(t, m, _r.randint(-1, 3))
    elif m in ("__lt__", "__eq__"):
        c(t, m, tuple(rlist()))
    elif all(isinstance(x, (int, float, tuple)) for x in t):
        c(t, m)
for _ in range(300):
    r = range(_r.randint(-5, 5), _r.randint(-10, 20), _r.choice([1, 2, 3, -1, -2]))
    m = _r.choice(["__getitem__", "__contains__", "index", "count", "__len__", "__eq__", "__reversed__"])
    if m == "__getitem__":
        c(r, m, _r.choice([rsl(), _r.randint(-10, 10)]))
    elif m in ("__contains__", "index", "count"):
        c(r, m, _r.choice([1, 0, 2.0, "a", 3, -2]))
    elif m == "__eq__":
        c(r, m, range(_r.randint(-2, 2), _r.randint(0, 6), _r.choice([1, 2])))
    elif m == "__len__":
        c(r, m)

# Random set method calls (receivers rebuilt from their repr, in order).
_seq = {}
def rset():
    s = set()
    seq = []
    for _ in range(_r.randint(0, 12)):
        x = _r.randint(-20, 40)
        if x not in s:
            seq.append(x)
        s.add(x)
    _seq[id(s)] = seq
    return s
for _ in range(1200):
    s0 = rset()
    m = _r.choice(["union", "intersection", "difference", "symmetric_difference", "update", "intersection_update",
                   "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint",
                   "add", "discard", "remove", "pop", "copy", "__or__", "__and__", "__sub__", "__xor__", "__le__", "__lt__", "__eq__"])
    others = [_r.choice([rset(), sorted(rset()), list(rset())]) for _ in range(_r.randint(1, 3))]
    if m in ("union", "intersection", "difference", "update", "intersection_update", "difference_update"):
        c(s0, m, *others)
    elif m in ("add", "discard", "remove"):
        c(s0, m, _r.randint(-20, 40))
    elif m in ("pop", "copy"):
        c(s0, m)
    elif m.startswith("__"):
        c(s0, m, rset())
    else:
        c(s0, m, others[0])

# Random str.format templates.
fields = ["{}", "{0}", "{1}", "{2}", "{name}", "{0[1]}", "{2[0]}", "{3.real}", "{3.imag}", "{!r}", "{0!s}", "{1!a}",
          "{:>6}", "{:*^{w}}", "{0:{w}.{p}}", "{3:+.{p}f}", "{name!r:>{w}}", "{{", "}}", "x", " ", "é", "{:d}", "{x}",
          "{9}", "{0:{}}", "{", "}", "{0!z}", "{0:%}", "{3:,.2f}", "{1:_<{w}}", "{2!r:^12}", "{name[0]}"]
for _ in range(800):
    tmpl = "".join(_r.choice(fields) for _ in range(_r.randint(1, 4)))
    c(tmpl, "format", "ab", "é", [1, 2], 2.5, name="nm", w=_r.randint(0, 9), p=_r.randint(0, 4))

# Unicode predicates on single characters (Unicode 14 assigned, BMP and
# SMP samples plus the characters Go's tables treat differently).
import unicodedata as _ud
_chars = list("ⅠⅫªºʰ፩፱亖什億²½٣ǅǲ\u00a0\u2028\x1f_ͺ")
while len(_chars) < 400:
    cp = _r.randint(0x20, 0x2ffff)
    if 0xD800 <= cp < 0xE000 or _ud.category(chr(cp)) == "Cn":
        continue
    if chr(cp) in "\u10fc\ua7f2\ua7f3\ua7f4\uab69" or 0x1df25 <= cp <= 0x1df2a:
        continue  # Other_Lowercase changed in Unicode 15 (Go's tables)
    _chars.append(chr(cp))
for ch in _chars:
    for m in ("isupper", "islower", "isdigit", "isnumeric", "isdecimal", "isalpha", "isspace", "isprintable", "istitle"):
        c(ch, m)

# Lone surrogates.
for x in ["a\ud800b", "\udfff", "\ud83d\ude00x", "é\udc80"]:
    for m, a in [("upper", ()), ("lower", ()), ("__len__", ()), ("__getitem__", (1,)), ("__getitem__", (slice(None, None, -1),)),
                 ("split", ("\ud800",)), ("find", ("b",)), ("encode", ("utf-8", "replace")), ("encode", ("utf-8", "backslashreplace")),
                 ("isprintable", ()), ("__add__", ("\ud800",)), ("center", (7, "\udc00")), ("count", ("\ud800",))]:
        c(x, m, *a)

# Argument-count errors: each style of CPython's messages.
for r, m, a in [("abc", "startswith", ()), ("abc", "startswith", (1, 2, 3, 4)), ("abc", "find", ()), ("abc", "center", ()),
                ("abc", "zfill", ()), ("abc", "replace", ("a",)), ("abc", "join", ()), ("abc", "split", (1, 2, 3)),
                ("abc", "strip", (1, 2)), ("abc", "encode", (1, 2, 3)), ("abc", "upper", (1,)), ([], "append", ()),
                ([], "insert", (1,)), ([], "pop", (1, 2)), ([], "index", ()), ([], "count", ()), ([], "reverse", (1,)),
                ({}, "get", ()), ({}, "get", (1, 2, 3)), ({}, "pop", ()), ({}, "keys", (1,)), ({}, "popitem", (1,)),
                ({}, "update", (1, 2)), ((), "index", ()), ((), "count", ()), ("%(a)s %s", "%", ({"a": 1},))]:
    if m == "%":
        c(r, m, a[0])
    else:
        c(r, m, *a)

def _lit(v):
    # Sets are written in the order they were built, so that the Go side
    # (which adds the elements in the written order) gets the same table.
    if isinstance(v, set) and id(v) in _seq:
        return "{" + ", ".join(map(repr, _seq[id(v)])) + "}" if _seq[id(v)] else "set()"
    return repr(v)

def fmt_result(v):
    return repr(v)

with open("calls.txt", "w") as out:
    for recv, meth, args, kw in cases:
        r = recv
        rr = _lit(recv)
        argr = "(" + "".join(_lit(a) + ", " for a in args) + ")"
        try:
            if meth == "%":
                res = r % args[0]
            else:
                res = getattr(r, meth)(*args, **kw)
                if res is None and isinstance(r, list):
                    res = ("None", r)
            res = "OK " + fmt_result(res)
        except Exception as e:
            res = "ERR %s: %s" % (type(e).__name__, e)
        out.write("%s\t%s\t%s\t%r\t%s\n" % (rr, meth, argr, kw, res.replace("\n", "\\n").replace("\t", "\\t")))
