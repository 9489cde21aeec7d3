# helper module defining an exception class and a failing function, used by exception_from_module.py
class HelperError(Exception):
    pass
def fail(n):
    if n > 2:
        raise HelperError(f"n too large: {n}")
    return n
