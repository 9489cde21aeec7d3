# An uncaught MemoryError from an absurd allocation: a traceback and status 1, not a crash.
def grow(n):
    return [None] * n

data = grow(10)
print(len(data))
data = grow(10**16)
print("not reached")
