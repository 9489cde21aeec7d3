# a coroutine-like pipeline driven with send(), close() ending it
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    except GeneratorExit:
        print(prefix, "closed")
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
p = printer("even:")
next(p)
f = filt(lambda v: v % 2 == 0, p)
next(f)
for v in range(7):
    f.send(v)
f.close()
p.close()
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
r = running_avg()
next(r)
print([r.send(v) for v in (10, 20, 60)])
