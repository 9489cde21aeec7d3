# async generators: asend/__anext__ driven manually, async comprehensions
async def agen(n):
    for i in range(n):
        got = yield i * 10
        if got:
            print("agen received", got)
async def collect():
    xs = [v async for v in agen(3)]
    ys = [v async for v in agen(5) if v % 20 == 0]
    return xs, ys
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(collect()))
g = agen(2)
print(type(g).__name__)
print(drive(g.__anext__()), drive(g.asend("hello")))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
