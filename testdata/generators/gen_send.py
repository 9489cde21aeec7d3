# send() passes values into a generator; first send must be None
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
h = acc()
try:
    h.send(1)
except TypeError as e:
    print("TypeError", e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
