# uncaught exception after several nested calls: full traceback
def level3(x):
    return x[5]
def level2(x):
    return level3(x) + 1
def level1():
    data = [1, 2, 3]
    return level2(data)
print("before")
level1()
print("after")
