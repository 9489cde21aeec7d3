# uncaught exception with an empty message prints only the class name
def f():
    raise ValueError("")
f()
