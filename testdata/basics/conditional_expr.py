# conditional expressions and short-circuit evaluation of and/or
def t(x):
    print("eval", x)
    return x
print(t(1) if t(True) else t(2))
print(t(0) and t(1))
print(t(0) or t(2))
print(t(3) and t(4) or t(5))
print(t(None) or t(0) or t(""))
a = [] or [1]
print(a, 0 if [] else 1, "yes" if "no" else "never")
print(1 if 0 else 2 if 0 else 3)
