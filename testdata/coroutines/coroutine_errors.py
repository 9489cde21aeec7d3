# coroutine errors: awaiting a non-awaitable, reusing a finished coroutine, throw() into a coroutine
async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError", e)
async def done():
    return 1
d = done()
try:
    d.send(None)
except StopIteration:
    pass
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
class Pause:
    def __await__(self):
        yield
async def catcher():
    try:
        await Pause()
    except ValueError as e:
        return f"caught {e}"
k = catcher()
k.send(None)
try:
    k.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)
n = done()
n.close()
print("closed unstarted coroutine")
