# TypeError messages for a matrix of signatures and calls (which error CPython reports first)
def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /, b, *, c): pass
def f4(*args, k): pass
def f5(a, b, c, d=1, e=2): pass
def f6(**kw): pass
def f7(a, *, b=1, c): pass
class C:
    def m(self, x, y=0): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def k(cls, x): pass
    def __init__(self, p): pass
fs = {"f0": f0, "f1": f1, "f2": f2, "f3": f3, "f4": f4, "f5": f5, "f6": f6, "f7": f7, "C": C, "C(1).m": C(1).m, "C.m": C.m, "C.s": C.s, "C.k": C.k, "lambda": lambda q, r: 0}
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((), {"a": 1}), ((1,), {"a": 1}), ((1,), {"b": 2}), ((1, 2), {"c": 3}),
         ((), {"zz": 1}), ((1, 2, 3, 4, 5, 6), {}), ((1,), {"c": 1, "d": 2}), ((), {"x": 1, "y": 2}), ((1,), {"k": 1})]
for name, fn in fs.items():
    for args, kw in calls:
        try:
            fn(*args, **kw)
            res = "ok"
        except TypeError as e:
            res = str(e)
        print(f"{name}{args}{kw}: {res}")
