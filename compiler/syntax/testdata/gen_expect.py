# Generates the expectations of the parser tests from CPython 3.11:
#   python3 testdata/gen_expect.py
# writes testdata/ast_cases.json (source -> ast.dump) and
# testdata/error_cases.json (source -> SyntaxError kind, msg, lineno, offset).
import ast, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))

OK = r'''
x = 1
x = y = 2
a, b = b, a
a, *b = c
[a, (b, c)] = d
x += 1
x @= y
x **= 2
x //= 3
x: int
x: int = 3
(x): int = 3
a.b: int
a[1]: str = 'q'
del a, b[1], c.d
del (a, b), [c]
pass
break
continue
return
return 1, 2
return *a, b
import a
import a.b.c as d, e
from a import b
from a import (b as c, d,)
from . import x
from .. a import *
from ...a.b import c
from .... import d
global a, b
nonlocal c
assert x
assert x, "msg"
raise
raise E
raise E from None
x = 1; y = 2;
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(x for x in y)
f(a)(b)[c].d
a[1:2, ::3, 4]
a[:]
a[::]
a[1:2:3]
a[*b]
a[b, *c]
a[x:=1]
a[(x:=1)]
a[1,]
x = a if b else c
lambda: 0
lambda x, y=1, *a, z, w=2, **k: x
lambda x, /, y: 0
lambda *, a: a
(x := 5)
if (n := len(a)) > 10: pass
not a and b or c
a < b <= c == d != e > f >= g is h is not i in j not in k
-a + +b * ~c ** -d
a | b ^ c & d << e >> f
a + b - c * d / e // f % g @ h
2 ** -1
await x
x = yield
x = yield a, b
x = yield from y
[1, 2, *a]
{1, 2, *a}
{}
{1: 2, **d, 3: 4}
{**a}
()
(1,)
(1, 2)
((a))
[x for x in y if x if z for w in x]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[*a]
...
None; True; False
1; 1.5; 1e10; 1j; 2.5J; 0x1F; 0o17; 0b101; 1_000_000; 0_0; 00
1e400
123456789012345678901234567890
0xFFFFFFFFFFFFFFFFFFFF
1.; .5; 1.e5; 1_0.0_1e+1_0
1if x else 2
'a' 'b'
"a" "b" 'c'
r'\n'
b'abc' b'\x00'
rb'\d' Br"x"
u'x' 'y'
'\n\t\\\'\"\a\b\f\v\0\12\x41\u00e9\U0001F600'
'\N{EM DASH}\N{bullet}'
'\ud800'
'line \
cont'
'\q'
'é€😀'
'\x7f\x80\xa0\u200b'
f'a{b}c'
f'{a!r} {b!s} {c!a}'
f'{x:>10}'
f'{x:{w}.{p}f}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>4}'
f'{{literal}}'
f''
f'abc'
'a' f'{b}' 'c'
f'{a}' f'{b}'
f'{ {"a": 1}["a"] }'
f'{a["b"]}'
f'{x!r:^20}'
f'{3.14:.2f}'
f'{a if b else c}'
f'{lambda: 1}' if 0 else 0
f"{'nested'}"
f'{x:}'
f'\n{a}\t'
rf'\n{a}'
f'{a}{b}'
f'{x==y}'
f'{x!=y}'
f'{a:{b}}'
print("a", end="")
if __name__ == "__main__":
    main()
def f(): pass
def f(a, b=1, *args, c, d=2, **kw) -> int:
    return a
def f(a, /, b, *, c): pass
def f(a: int, *args: str, **kw: "x") -> None: ...
def f(*args: *Ts): pass
async def f():
    await x
    async for a in b: pass
    async with a as b: pass
@dec
@dec.attr(1)
def f(): pass
@dec
class C: pass
class C(A, B, metaclass=M, **kw):
    x = 1
    def m(self): return self
class C(): pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    pass
for x in y:
    continue
else:
    pass
for a, *b in c: pass
for (a, b) in c: pass
for x, in y: pass
for x in 1, 2: pass
for x in *a, b: pass
with a: pass
with a as b, c as (d, e): pass
with (a as b, c as d): pass
with (a, b): pass
with (a): pass
with (a as b,): pass
with (yield): pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
x = [
    1,
    2,
]
x = 1 + \
    2
def g():
    x = yield
    yield
    yield from g()
    return (yield)
match = 1
match.x = 2
match(x)
print(match, case, _)
case = 3
type = int
x = a[1:2][3]
a.b.c = 1
f(a)[b] = c
f(a=1, b=2)
f(*a)
f(**a)
f(a, b=1, *c)
f(x, *y, z)
class C(x for x in y) if 0 else 0
t = 1,
x = *a, *b
*a, = b
(*a,) = b
[*a] = b
a = b = c = d
x = not a
x = a not in b
x = (a
     for a in b)
x = {
  'a': 1,
  # comment
  'b': 2}
if x:
    # comment

    pass
    # trailing comment
# end
if x:
        pass
if y:
	pass
\

x = 1
'''.strip('\n')

# Snippets that are single statements or blocks are split by the marker
# line below; most entries above are one per line, blocks are grouped.
def split_cases(text):
    cases, cur = [], []
    for line in text.split('\n'):
        if cur and not line.startswith((' ', '\t')) and not line.startswith(('elif', 'else', 'except', 'finally', '@', ')', ']', '}', "'''", '"""', "b'''", 'cont', '# end', '\\', 'x = 1 + ')) and not cur[-1].startswith('@') and not cur[-1].endswith('\\') and not (cur[-1].startswith(("'''", '"""', "x = [", "x = (a", "x = {")) and not cur[-1].endswith(("'''", '"""'))):
            cases.append('\n'.join(cur) + '\n')
            cur = []
        cur.append(line)
    if cur:
        cases.append('\n'.join(cur) + '\n')
    return cases

ok_cases = []
for src in split_cases(OK):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        try:
            compile(src, "<s>", "exec")
        except SyntaxError:
            pass
        print("skipping invalid case:", repr(src), e, file=sys.stderr)
        continue
    ok_cases.append({"src": src, "dump": ast.dump(tree)})

# Whole-source cases that do not fit one per line.
EXTRA = [
    "match x:\n    case 1 | 2: pass\n    case -1: pass\n    case 1+2j: pass\n    case 'a' 'b': pass\n    case None | True | False: pass\n",
    "match x, y:\n    case [a, *rest] if a > 0:\n        pass\n    case (a, b, *_):\n        pass\n    case (a):\n        pass\n    case ():\n        pass\n    case _:\n        pass\n",
    "match p:\n    case Point(x=0, y=0): pass\n    case Point(1, y=z) as q: pass\n    case a.b.c: pass\n    case {'k': v, 1: _, **rest}: pass\n    case {}: pass\n    case [1, [2, 3]] | (4, 5): pass\n    case *a, b: pass\n    case str() | bytes(): pass\n",
    "match(x)\nmatch = [1]\nmatch[0] = 2\ncase = 1\n",
    "'''a\nb'''\n",
    '"""x"""\n',
    "x = 1",            # no trailing newline
    "if x:\n    pass",  # no trailing newline in a block
    "\ufeffx = 1\n",
    "x = 1\r\ny = 2\r\n",
    "if x:\r    y\r",
    "'''a\r\nb'''\n",
    "def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n",
    "if x:\n  if y:\n    pass\nz\n",
    "class A:\n\n    def f(self):\n\n        pass\n\n\n\nx = 1\n",
    "x = (1 +\n\n  2)\n",
    "f(a,\n  b)\n",
    "x = '''\n'''\n",
    "x = f'''{\na\n}'''\n",
    "x = '\\\n'\n",
    "async = 1\n" if False else "x = 1 if y else 2\n",
    "match x:\n    case 1: pass\n" if False else "match x, y\n" if False else "m = 1\n",
    "lambda: (yield)\n",
    "a = 1;\n",
    "print(1);print(2)\n",
    "for x in range(3): print(x); print(2)\n",
    "x = [i for i in range(10) if i % 2 if i % 3]\n",
    "x = {**a, 'b': 1}\n",
    "x = a[b:c, d:e]\n",
    "x = a[()]\n",
    "x = a[(1, 2)]\n",
    "f(a for a in b)\n",
    "f((a for a in b), c)\n",
    "x = 0xdead_beef + 0b1_0 + 0o7_7\n",
    "x = 1E5 + 1e-5 + 1.5e+3 + 0.0 + 1e16 + 1e15 + 123.456e-7\n",
    "x = 1.5j + 0j + 1e100j\n",
    "x = 9223372036854775807 + 9223372036854775808\n",
    "x = 0.1 + 0.30000000000000004 + 5e-324 + 1.7976931348623157e308\n",
]
for src in EXTRA:
    ok_cases.append({"src": src, "dump": ast.dump(ast.parse(src.encode()))})

ERR = [
    "if x:\n  a\n b\n",
    'x = "abc\n',
    'x = """abc\n\n',
    "x = (1,\n",
    "x = )",
    "x = (]",
    "x = (\n]",
    "1abc",
    "0777",
    "a $ b",
    "a\\ b",
    "a\\",
    "1 = 2",
    "f() = 1",
    "f() += 1",
    "if x = 1: pass",
    "print(a b)",
    "def f(a=1, b): pass",
    "f(a=1, b)",
    'f"{a!x}"',
    'f"{}"',
    "x = 0x",
    "1_000_",
    "0b2",
    "0o8",
    "0o18",
    "1e",
    "1.5e+",
    "1__0",
    "0x_",
    "a\n  b\n",
    "if x:\npass\n",
    "for x in y:\npass\n",
    "while x:\npass\n",
    "def f():\npass\n",
    "class C:\npass\n",
    "with x:\npass\n",
    "try:\npass\n",
    "if x:\n  pass\nelse:\npass\n",
    "if x:\n  pass\nelif y:\npass\n",
    "try:\n  pass\nexcept E:\npass\n",
    "try:\n  pass\nfinally:\npass\n",
    "\tif x:\n        pass\n\t  a\n",
    "(",
    "(" * 201,
    "for x in y\n  pass",
    "if x\n  pass",
    "while x\n  pass",
    "def f()\n  pass",
    "class C\n  pass",
    "x = 1 +",
    "del f()",
    "del 1",
    "del *a",
    "for f() in x: pass",
    "for 1 in x: pass",
    "[x for 1 in y]",
    "with a as 1: pass",
    "x = yield = 3",
    "f(**a, *b)",
    "f(x for x in y, 1)",
    "f(a, b for b in c)",
    "f(a.b=1)",
    "def f(*): pass",
    "def f(*, **k): pass",
    "def f(*a=1): pass",
    "def f(**k=1): pass",
    "def f(*, /): pass",
    "def f(a, /, /): pass",
    "def f(**k, a): pass",
    "def f(/, a): pass",
    "lambda x=1, y: 0",
    "x = f() = 1",
    "x = 1 = 2",
    "(a, 1) = 2",
    "[a, f()] = 1",
    "a, b += 1",
    "(a, b): int",
    "[a, b]: int",
    "a + 1: int",
    "print 'x'",
    "a = 1 if b",
    "f'{a!}'",
    "f'{a'",
    "f'}'",
    "f'{a:{b:{c}}}'",
    "f'{\\n}'",
    "f'{#}'",
    "f'{)}'",
    "f'{(}'",
    "f'{a:'",
    "f'{a!r'",
    "f'{\"a}'",
    "'\\x4'",
    "'\\u12'",
    "'\\N{NO SUCH NAME}'",
    "b'\\x4'",
    "b'é'",
    "'a' b'b'",
    "import a.b as c.d",
    "from . import *, a",
    "from a import b,",
    "a if b else *c",
    "@x\n1\n",
    "'''a\n",
    "'a\n",
    "try:\n  pass\n",
    "try:\n  pass\nx = 1\n",
    "x = [1, 2\ny = 3\n",
    "f(1 2)",
    "[1 2]",
    "{1 2}",
    "(1 2)",
    "x = a b",
    "a.1",
    "def f(a, a): pass" if False else "def (): pass",
    "class 1: pass",
    "x = €",
    "x = \u00a0",
    "x = 1\n  y = 2\n",
    "if x:\n    a\n  b\n",
    "if x:\n\tpass\n        pass\n",
    "if x:\n        pass\n\tpass\n",
    "x = $",
    "x = ?",
    "x = !a",
    "x ++= 1",
    "else: pass",
    "x = (1 for x in y",
    "foo(\n",
    "{a: 1, b}",
    "{a: }",
    "{a, b: 1}",
    "x: int, y: int = 1, 2",
    "x = 1 2",
    "f(a=1, *b, c)",
    "f(**a, b)",
    "True = 1",
    "None = 1",
    "... = 1",
    "a + b = c",
    "not a = 1",
    "x = lambda: (yield) = 1" if False else "(a for a in b) = 1",
    "[a for a in b] = 1",
    "{a: b} = 1",
    "a < b = 1",
    "a if b else c = 1",
    "f(x) += 1",
    "(x := 1) = 2",
    "(yield) = 1",
    "'abc' = 1",
    "f'{a}' = 1",
    "del a + b",
    "del (a, f())",
    "for (a, 1) in b: pass",
    "try:\n  pass\nexcept A, B:\n  pass\n",
    "try:\n  pass\nexcept* :\n  pass\n",
    "try:\n  pass\nexcept A:\n  pass\nexcept* B:\n  pass\n",
    "x = 1 if 2",
    "[*a for a in b]",
    "(*a)",
    "print(*)",
    "x = a[1:2:3:4]",
    "def f(x):\n  nonlocal\n",
    "import",
    "from import x",
    "if x:\n    pass\n  else:\n    pass\n",
    "x = 'a' 'b\n",
    "x = (a, b\n\n\ny = 1\n",
    "x = [\n  1,\n  2\n",
    "\\",
    "x = 1\n\\",
    "x = 00.5j + 01",
    "x = 0_",
    "x = 1_",
    "x = 1e_1",
    "x = 0b",
    "x = 0o",
    "x = 0xg",
    "x = 1.2.3",
    "x = 5Ea",
    "x = 1jx",
    "x = 0b1a",
    "x = 0o1a",
    "x = 0x1g",
]
# More error cases (parameters, except, annotations, f-strings, numbers,
# comprehensions, del, return annotations, conditional expressions).
ERR += [
    "def f((a)): pass",
    "def f(a, (b, c)): pass",
    "lambda (a): 0",
    "def f(a=1, (b)): pass",
    "def f((a=1)): pass",
    "def f((a,)): pass",
    "def f(a, /*): pass",
    "f((**a))",
    "(**a, b)",
    "try:\n    pass\nexcept\n    pass\n",
    "* y: int",
    "a, b + c, d = 1, 2",
    "f'{=}'",
    "f'{!r}'",
    "f'{:x}'",
    "f'a{b c}'",
    "x = 1\nf'''\n{a b}'''",
    "x = f'{\x7f}'",
    "x = 1e\u00e9",
    "x = 6\u00e90",
    "[a, b for a in c]",
    "[a, for a in c]",
    "del *a",
    "del x in y",
    "for x in *a, b\n  pass",
    "def f() -> : pass",
    "def f(a, b=):\n  pass",
    "x = (1 if y)",
    "x = [a if b for a in c]",
    "print(a, b for b in c)",
    "x = \"\u00e9\" 1",
    "# coding: latin-1\nx = \"\u00e9\" 1",
]
err_cases = []
for src in ERR:
    try:
        compile(src.encode(), "<s>", "exec")
        print("valid error case:", repr(src), file=sys.stderr)
        continue
    except SyntaxError as e:
        err_cases.append({"src": src, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset})
    except (MemoryError, RecursionError) as e:
        print("skipping", repr(src), e, file=sys.stderr)

def positions(src):
    out = []
    for n in ast.walk(ast.parse(src.encode())):
        if isinstance(n, (ast.expr, ast.stmt, ast.arg, ast.keyword, ast.alias, ast.excepthandler, ast.pattern)):
            out.append("%s %d %d %d %d" % (type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset))
    return sorted(out)

for c in ok_cases:
    c["pos"] = positions(c["src"])

# eval and single modes: valid inputs with their trees, and errors.
MODES = ["1 +", "x = 1", "1 2", "(1,", "1\n2", "1;", "lambda: (yield)", "yield 1", "*a", "*a, b",
         "a if b", "f(**)", "", "\n", "  1", "1\n\n", "# c\n1", "1 # c", "[x for x in y",
         "x := 1", "(x := 1)", "a, b", "1,", "print 'x'", "f'{'", "'abc", "\\\n1", "1\\\n+2",
         "x + y * z", "f(*a, **k)", "[*a, *b]", "1 if 2 else 3", "not x", "a.b[c](d)",
         "if x:\n    y\n", "for x in y: pass\n", "x = 1; y = 2\n", "def f():\n    return 1\n\n",
         "import os\n", "@d\nclass C: pass\n", "x = 1\ny = 2\n", "pass\n\n# c\n"]
mode_cases = []
for src in MODES:
    for mode in ("eval", "single"):
        case = {"src": src, "mode": mode}
        try:
            tree = ast.parse(src, mode=mode)
            case["dump"] = ast.dump(tree.body) if mode == "eval" else ast.dump(ast.Module(body=tree.body, type_ignores=[]))
        except SyntaxError as e:
            case.update(kind=type(e).__name__, msg=e.msg, line=e.lineno, col=e.offset)
        # Errors CPython's compiler (not its parser) reports do not apply.
        if case.get("msg") in ("'yield' outside function", "can't use starred expression here"):
            continue
        mode_cases.append(case)
with open(os.path.join(here, "mode_cases.json"), "w") as f:
    json.dump(mode_cases, f, indent=1, ensure_ascii=True)
    f.write("\n")

with open(os.path.join(here, "ast_cases.json"), "w") as f:
    json.dump(ok_cases, f, indent=1, ensure_ascii=True)
    f.write("\n")
with open(os.path.join(here, "error_cases.json"), "w") as f:
    json.dump(err_cases, f, indent=1, ensure_ascii=True)
    f.write("\n")
print(len(ok_cases), "ast cases,", len(err_cases), "error cases", file=sys.stderr)
