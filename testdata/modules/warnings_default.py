# warnings: the default filter shows each location once on stderr with its source line; stacklevel; DeprecationWarning only from __main__
import warnings

def f():
    warnings.warn("careful")

for i in range(3):
    f()
warnings.warn("direct", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)

def g():
    warnings.warn("reported at the caller", RuntimeWarning, stacklevel=2)

g()
g()
warnings.warn(UserWarning("an instance"))
warnings.warn("same text, other line")
warnings.warn("same text, other line")
for i in range(2):
    warnings.warn("loop warning", FutureWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  line text  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3), end="")
print("done")
