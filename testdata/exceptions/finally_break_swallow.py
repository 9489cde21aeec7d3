# break or continue in finally discards the pending exception; return in finally too
def loop_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception swallowed by break, i=%d" % i
print(loop_break())
def loop_continue():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(loop_continue())
def nested_return():
    try:
        try:
            raise TypeError("inner")
        finally:
            return "returned from inner finally"
    except TypeError:
        return "never"
print(nested_return())
