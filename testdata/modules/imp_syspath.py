# sys.path entries appended at run time are searched; importlib and __import__
import sys
try:
    import _imp_late
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.path.append(sys.path[0] + "/_imp_extra")
import _imp_late
print(_imp_late.NAME, _imp_late.__file__)
import importlib
m = importlib.import_module("_imppkg.sub")
print(m.__name__, m is sys.modules["_imppkg.sub"])
print(importlib.import_module(".inner", "_imppkg").__name__)
print(importlib.import_module("..sub2", "_imppkg.inner").__name__)
print(__import__("_imppkg.inner").__name__, __import__("_imppkg.inner", fromlist=["x"]).__name__)
print(__import__("sub", globals={"__name__": "_imppkg.x", "__package__": "_imppkg"}, level=1).__name__)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print("TypeError", e)
