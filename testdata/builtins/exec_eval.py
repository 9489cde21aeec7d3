# eval and exec with globals dicts
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(41)", ns)
print(ns["y"], ns["f"](1))
exec("print('from exec', 5)")
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
