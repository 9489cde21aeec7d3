# uncaught exception raised with `from None`: only the last traceback is shown
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"unknown key {k}") from None
lookup({}, "x")
