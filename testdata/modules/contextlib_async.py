# contextlib: asynccontextmanager, AsyncExitStack and nullcontext under async with, driven without an event loop
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
log = []
@asynccontextmanager
async def res(name):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)
async def main():
    async with res("a") as a:
        log.append("body " + a)
    try:
        async with res("b"):
            raise ValueError("inner")
    except ValueError as e:
        log.append("caught " + str(e))
    async with AsyncExitStack() as st:
        x = await st.enter_async_context(res("c"))
        st.callback(log.append, "sync cb")
        async def acb(m): log.append(m)
        st.push_async_callback(acb, "async cb")
        log.append("got " + x)
    async with nullcontext(5) as v:
        log.append(str(v))
    return "done"
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()), log)
