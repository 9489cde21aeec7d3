# global and nonlocal declarations rebinding outer names
count = 0
def inc():
    global count
    count += 1
    return count
inc(); inc()
print(count)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 10
        return n
    bump()
    return bump, lambda: n
bump, get = make()
print(bump(), get())
def outer():
    x = "outer"
    def mid():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    mid()
    return x
print(outer())
def set_global():
    global newname
    newname = "created"
set_global()
print(newname)
def shadow():
    count = 100
    return count
print(shadow(), count)
