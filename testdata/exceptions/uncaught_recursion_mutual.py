# mutual recursion that ends in an error after a few levels shows each frame
def ping(n):
    return pong(n - 1)
def pong(n):
    if n < 0:
        raise RuntimeError("bottom reached")
    return ping(n)
ping(4)
