# sys.builtin_module_names names modules written in the interpreter; they import without files
import sys
names = sys.builtin_module_names
print(type(names).__name__, "sys" in names, "builtins" in names, "_thread" in names, list(names) == sorted(names))
for n in ["sys", "builtins", "_thread"]:
    m = __import__(n)
    print(n, m.__name__, hasattr(m, "__file__"))
