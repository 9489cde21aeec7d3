# exec and eval with explicit globals and locals; functions defined by exec see exec's globals
g = {"k": 3}
print(eval("[x * k for x in range(3)]", g), eval("k + y", g, {"y": 10}))
src = """
def scaled(v):
    return v * factor
factor = 7
result = scaled(6)
"""
ns = {}
exec(src, ns)
print(ns["result"], ns["scaled"](2), sorted(k for k in ns if not k.startswith("__")))
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
print(eval("1 if flag else 2", {"flag": 0}), eval("(lambda q: q * 2)(21)"))
code = compile("3 * 4", "<expr>", "eval")
print(eval(code), type(code).__name__)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
