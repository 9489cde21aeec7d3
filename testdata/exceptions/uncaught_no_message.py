# uncaught exception raised as a class with no arguments
def check(v):
    if v:
        raise NotImplementedError
check(1)
