# scoping through exec: class bodies, comprehensions, closures over loop variables, walrus targets, global/nonlocal, locals()
snippets = [
 "class C:\n  x = 5\n  r = [x for _ in range(2)]",
 "class C:\n  x = 5\n  r = [i for i in range(x)]",
 "class C:\n  xs = [1, 2]\n  r = [y for y in xs]",
 "class C:\n  x = 5\n  r = (lambda: x)()",
 "class C:\n  x = 5\n  def f(self): return x\nr = C().f()",
 "x = 'g'\nclass C:\n  x = 'c'\n  def f(self): return x\nr = C().f()",
 "def f():\n  x = 1\n  class C:\n    y = x + 1\n  return C.y\nr = f()",
 "def f():\n  x = 1\n  class C:\n    x = x + 1\n  return C.x\nr = f()",
 "x = 10\ndef f():\n  x = 1\n  class C:\n    x = x + 1\n  return C.x\nr = f()",
 "def f():\n  x = 1\n  def g():\n    return x\n  x = 2\n  return g()\nr = f()",
 "def f():\n  fs = []\n  for i in range(3):\n    def g(): return i\n    fs.append(g)\n  return [h() for h in fs]\nr = f()",
 "def f():\n  return [lambda: i for i in range(3)]\nr = [g() for g in f()]",
 "def f():\n  return [(lambda i=i: i) for i in range(3)]\nr = [g() for g in f()]",
 "r = [[i * j for j in range(i)] for i in range(4)]",
 "r = [i for i in range(3) for i in 'ab']",
 "r = {i: j for i in range(2) for j in range(i, 3)}",
 "r = [y := 5, y ** 2]",
 "r = [(z := i) for i in range(3)], z",
 "def f():\n  [w := 1 for _ in range(1)]\n  return w\nr = f()",
 "x = 0\ndef f():\n  global x\n  x += 1\n  return [x for _ in range(2)]\nr = f(), x",
 "def f():\n  x = 0\n  def g():\n    nonlocal x\n    x += 1\n    return [x for _ in range(2)]\n  return g(), x\nr = f()",
 "def f(x):\n  def g():\n    return [x * k for k in range(2)]\n  return g\nr = f(3)()",
 "def f():\n  a = 1\n  def g():\n    def h():\n      return a\n    return h\n  return g()()\nr = f()",
 "def f():\n  try:\n    return y\n  except NameError as e:\n    return str(e)\n  y = 1\nr = f()",
 "def f():\n  del_me = 1\n  del del_me\n  try:\n    return del_me\n  except UnboundLocalError as e:\n    return type(e).__name__\nr = f()",
 "def f():\n  if False:\n    x = 1\n  return 'x' in locals()\nr = f()",
 "def outer():\n  v = 'outer'\n  def inner():\n    return locals()\n  return inner()\nr = outer()",
 "def outer():\n  v = 'outer'\n  def inner():\n    v\n    return locals()\n  return inner()\nr = outer()",
 "r = (lambda x, y=[]: (y.append(x), y)[1])(1)",
 "f = lambda *a, **k: (a, k)\nr = f(1, *[2], x=3, **{'y': 4})",
 "r = sorted({1: 'b', 2: 'a'}.items(), key=lambda kv: kv[1])",
 "r = list(map(lambda x, y: x + y, 'ab', 'cd'))",
 "r = (lambda: (yield 1))().__class__.__name__",
 "r = [(yield_x := v) for v in 'ab']",
 "def f(a, b=[]):\n  b.append(a)\n  return len(b)\nr = f(1), f(2), f(3, [])",
]
for s in snippets:
    ns = {}
    try:
        exec(s, ns)
        print(repr(s[:70]), "->", repr(ns.get("r"))[:100])
    except BaseException as e:
        print(repr(s[:70]), "!>", type(e).__name__, str(e)[:100])
