# exception semantics through exec: context and cause, finally with break/continue/return, exc_info, generator throw/close, with, except*, error attributes
snippets = [
 "try:\n  raise ValueError(1)\nexcept ValueError as e:\n  r = repr(e.__context__), e.__cause__, e.__suppress_context__",
 "try:\n  try:\n    1/0\n  except ZeroDivisionError:\n    raise KeyError(2)\nexcept KeyError as e:\n  r = type(e.__context__).__name__",
 "try:\n  try:\n    1/0\n  finally:\n    r0 = 'f'\nexcept ZeroDivisionError as e:\n  r = r0, e.__context__",
 "def f():\n  try:\n    return 1\n  finally:\n    r.append('fin')\nr = []\nr.append(f())",
 "r = []\nfor i in range(3):\n  try:\n    continue\n  finally:\n    r.append(i)",
 "r = []\nwhile True:\n  try:\n    break\n  finally:\n    r.append('finally ran')",
 "def f():\n  for i in range(3):\n    try:\n      return i\n    finally:\n      if i == 0:\n        continue\nr = f()",
 "e = None\ntry:\n  raise TypeError('t')\nexcept TypeError as e2:\n  e = e2\nr = str(e), 'e2' in dir()",
 "try:\n  raise ValueError('a')\nexcept (TypeError, ValueError) as e:\n  r = type(e).__name__",
 "try:\n  raise ValueError\nexcept Exception:\n  try:\n    raise\n  except ValueError as e:\n    r = repr(e)",
 "import sys\ntry:\n  raise KeyError('k')\nexcept KeyError:\n  r = sys.exc_info()[0].__name__\nr = (r, sys.exc_info()[0])",
 "import sys\ndef f():\n  return sys.exc_info()[1]\ntry:\n  raise IndexError('i')\nexcept IndexError:\n  r = repr(f())",
 "try:\n  raise ValueError('outer')\nexcept ValueError:\n  try:\n    raise TypeError('inner')\n  except TypeError:\n    pass\n  import sys\n  r = repr(sys.exc_info()[1])",
 "def g():\n  try:\n    yield 1\n  except GeneratorExit:\n    r.append('exit')\n    raise\nr = []\nx = g(); next(x); x.close(); r.append(x.gi_frame)",
 "def g():\n  try:\n    yield 1\n  finally:\n    r.append('fin')\nr = []\nx = g(); next(x)\ntry:\n  x.throw(KeyError('k'))\nexcept KeyError as e:\n  r.append(repr(e))",
 "def g():\n  yield 1\nx = g()\ntry:\n  x.throw(ValueError)\nexcept ValueError as e:\n  r = repr(e), list(x)",
 "def g():\n  while True:\n    try:\n      yield\n    except ValueError:\n      r.append('v')\nr = []\nx = g(); next(x); x.throw(ValueError); x.throw(ValueError()); x.throw(ValueError, ValueError('z'))",
 "class CM:\n  def __enter__(s): return s\n  def __exit__(s, t, v, tb):\n    r.append((t.__name__, str(v)))\n    return True\nr = []\nwith CM():\n  raise ValueError('sup')\nr.append('after')",
 "class CM:\n  def __enter__(s): return s\n  def __exit__(s, *a): return 0\nr = []\ntry:\n  with CM():\n    raise KeyError('x')\nexcept KeyError:\n  r.append('propagated')",
 "r = []\ntry:\n  with open('/nonexistent/x') as f:\n    pass\nexcept OSError as e:\n  r.append(type(e).__name__)",
 "def f():\n  try:\n    raise ValueError('x')\n  except ValueError:\n    return 'handled'\n  finally:\n    r.append('f')\nr = []\nr.append(f())",
 "try:\n  raise ExceptionGroup('eg', [ValueError(1)])\nexcept* ValueError as g:\n  r = repr(g)",
 "class E(Exception): pass\ntry:\n  raise E\nexcept E as e:\n  r = repr(e), e.args",
 "try:\n  raise Exception('a', 'b')\nexcept Exception as e:\n  r = str(e), e.args[1]",
 "try:\n  x = undefined_thing\nexcept NameError as e:\n  r = e.name if hasattr(e, 'name') else 'no name attr'",
 "try:\n  {}.x\nexcept AttributeError as e:\n  r = e.name, type(e.obj).__name__",
 "try:\n  import not_a_module_zz\nexcept ImportError as e:\n  r = e.name, type(e).__name__",
 "r = issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception), BaseExceptionGroup.__mro__[1].__name__",
 "r = ConnectionError.__mro__[1].__name__, TimeoutError.__mro__[1].__name__, EnvironmentError is OSError, IOError is OSError",
]
for s in snippets:
    ns = {}
    try:
        exec(s, ns)
        print(repr(s[:60]), "->", repr(ns.get("r"))[:100])
    except BaseException as e:
        print(repr(s[:60]), "!>", type(e).__name__, str(e)[:100])
