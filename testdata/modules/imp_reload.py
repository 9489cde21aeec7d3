# importlib.reload runs the source again in the same module object
import importlib, sys
import _imp_count
import _imp_count as again
print(imp_count_runs, again is _imp_count)
_imp_count.extra = "kept"
r = importlib.reload(_imp_count)
print(imp_count_runs, r is _imp_count, _imp_count.extra)
import math
print(importlib.reload(math) is math)
for bad in [42, type(sys)("not_registered")]:
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
M = type(sys)
m = M("_imp_dynamic", "made at run time")
print(m, m.__doc__, sorted(vars(m)))
m.answer = lambda: 42
sys.modules["_imp_dynamic"] = m
from _imp_dynamic import answer
print(answer(), importlib.import_module("_imp_dynamic") is m)
try:
    M(1)
except TypeError as e:
    print("TypeError", e)
