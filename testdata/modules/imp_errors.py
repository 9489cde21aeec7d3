# ImportError/ModuleNotFoundError texts, circular imports, failed modules leave sys.modules
import sys
def show(src):
    try:
        exec(src, {"__name__": "__main__"})
    except ImportError as e:
        print(type(e).__name__ + ":", str(e).replace(sys.path[0] + "/", ""), "| name:", e.name)
    except Exception as e:
        print(type(e).__name__ + ":", e)
show("import no_such_mod_xyz")
show("import _imp_plain.sub")
show("import _imppkg.nope")
show("from _imp_plain import missing")
show("from _imppkg import missing")
show("from . import x")
show("from .x import y")
show("import _impcirc.bad")
show("from _impcirc import c")
show("from sys import nope")
import _impcirc.a
print(_impcirc.a.use(), _impcirc.b.a is _impcirc.a)
for i in range(2):
    try:
        import _impcirc.failing
    except RuntimeError as e:
        print("RuntimeError", e, "_impcirc.failing" in sys.modules, hasattr(_impcirc, "failing"))
sys.modules["_blocked"] = None
show("import _blocked")
show("__import__('')")
show("__import__('x', level=-1)")
for g in [None, {}, {"__name__": 3}, {"__package__": 3}, {"__package__": "", "__name__": "a"}]:
    try:
        __import__("x", g, None, [], 1)
    except Exception as e:
        print(type(e).__name__, e)
print(__import__("sys", 5).__name__)
