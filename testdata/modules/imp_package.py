# packages: __init__, submodules as attributes, relative imports, __path__, once-only execution
import sys
import _imppkg
import _imppkg.sub as s
from _imppkg import sub2
from _imppkg.sub import double
import _imppkg.inner
import _imppkg
import _imppkg.inner.leaf
print(_imppkg.__name__, _imppkg.__package__, _imppkg.__doc__)
print(_imppkg.__file__, _imppkg.__path__)
print(s.__name__, s.__package__, s.__file__, hasattr(s, "__path__"))
print(s is _imppkg.sub, sub2 is _imppkg.sub2, double(4), sub2.quad(3))
print(_imppkg.inner.LEAF, _imppkg.inner.quad(1), _imppkg.inner.leaf.__package__)
print(_imppkg.inner.leaf.sub is s, "_imppkg.inner.leaf" in sys.modules)
print(sorted(k for k in sys.modules if k.startswith("_imppkg")))
print(type(_imppkg).__name__, _imppkg.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
import _imp_plain
print(_imp_plain.helper(), _imp_plain.__doc__, _imp_plain.__package__ == "", _imp_plain.__file__)
