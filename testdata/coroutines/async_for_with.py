# async for over an async iterator and async with over an async context manager, driven by hand
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Session:
    async def __aenter__(self):
        print("open session")
        return "session"
    async def __aexit__(self, et, ev, tb):
        print("close session", et.__name__ if et else None)
        return False
async def main():
    out = []
    async with Session() as s:
        async for v in Ticker(3):
            out.append((s, v))
    try:
        async with Session():
            raise KeyError("inside")
    except KeyError as e:
        out.append(("caught", str(e)))
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
