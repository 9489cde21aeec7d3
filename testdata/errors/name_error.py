# NameError for an undefined global used inside a function
def f():
    return undefined_name + 1
print("start")
f()
