# namespace packages, module __getattr__/__dir__, self-replacing modules, re-import after del, errors in imported code
import sys
import _impns.part.leaf
import _impns.plain as plain
print(_impns.part.leaf.WHERE, plain.PLAIN, _impns.__file__, [p.replace(sys.path[0] + "/", "") for p in _impns.__path__])
print(_impns.part.__package__, hasattr(_impns, "part"), _impns.part.leaf.__package__)
import _imp_getattr as g
print(g.dyn_hello, g.count, dir(g))
try:
    g.other
except AttributeError as e:
    print("AttributeError", e)
from _imp_getattr import dyn_xyz
print(dyn_xyz)
import _imp_repl
print(_imp_repl.kind, type(_imp_repl).__name__)
import _imp_count
import _imp_count
print(imp_count_runs)
del sys.modules["_imp_count"]
import _imp_count
print(imp_count_runs, sorted(dir(_imp_count))[:4])
try:
    import _impbad.syntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename.replace(sys.path[0] + "/", ""), e.lineno, "_impbad.syntax" in sys.modules)
try:
    import _impbad.missing
except ImportError as e:
    print(type(e).__name__, e, "_impbad.missing" in sys.modules, "_impbad" in sys.modules)
print(repr(sys.modules["_imp_getattr"]).replace(sys.path[0] + "/", ""))
import _imppkg.sub
print(repr(sys), repr(_imppkg.sub).replace(sys.path[0] + "/", ""))
