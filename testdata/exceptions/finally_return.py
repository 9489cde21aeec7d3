# finally runs on return, break and continue, and can override them
def f():
    try:
        return "from try"
    finally:
        print("finally on return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "finally swallowed the exception"
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
print(k())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
