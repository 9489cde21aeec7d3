# async def creates a coroutine object; awaiting a custom awaitable suspends it; driven with send()
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f"resumed {self.tag} with {got}"
async def inner(x):
    r = await Suspend("inner")
    return r + f" x={x}"
async def outer():
    a = await inner(1)
    b = await Suspend("outer")
    return [a, b]
coro = outer()
print(type(coro).__name__)
print(coro.send(None))
print(coro.send("v1"))
try:
    coro.send("v2")
except StopIteration as e:
    print("finished", e.value)
async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("simple returned", e.value)
