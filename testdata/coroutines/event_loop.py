# a tiny round-robin scheduler running several coroutines that yield control
class Yield:
    def __await__(self):
        yield "yield"
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name * n
def run(coros):
    results = {}
    ready = list(coros.items())
    while ready:
        name, c = ready.pop(0)
        try:
            c.send(None)
            ready.append((name, c))
        except StopIteration as e:
            results[name] = e.value
    return results
log = []
res = run({"a": worker("a", 3, log), "b": worker("b", 1, log), "c": worker("c", 2, log)})
print(log)
print(res)
