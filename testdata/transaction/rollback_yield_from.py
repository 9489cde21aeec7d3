# yield from inside a thread's spans: the delegating and the inner generator are restored on a rollback
import threading
def inner(n):
    for i in range(n):
        yield i
def outer(n):
    yield from inner(n)
    yield from inner(n)
out = []
def work():
    g = outer(3000)
    s = 0
    for x in g:
        s += x
    out.append(s)
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
