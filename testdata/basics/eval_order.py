# evaluation order: assignment targets, dict displays, calls, subscripts, chained assignment
def t(x):
    print("eval", x)
    return x
d = {t("k1"): t("v1"), t("k2"): t("v2")}
lst = [0, 0, 0]
lst[t(1)] = t("rhs")
print(lst)
i = 0
store = [0, 0]
i = store[i] = 1
print(i, store)
a = b = t([])
print(a is b)
t(1) + t(2) * t(3)
x = t(10) if t(True) else t(20)
f = print
f(t("arg1"), t("arg2"))
t([1, 2])[t(0)]
obj = type("O", (), {})()
setattr(obj, t("name"), t("value"))
