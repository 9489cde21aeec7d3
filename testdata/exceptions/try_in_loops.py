# try/except/finally inside loops with break and continue, counting paths
log = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        if i == 5:
            break
        log.append(("body", i))
    except ValueError as e:
        log.append(("except", e.args[0]))
        continue
    else:
        log.append(("else", i))
    finally:
        log.append(("finally", i))
print(log)
n = 0
while True:
    try:
        n += 1
        if n > 3:
            break
    finally:
        print("while finally", n)
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
g = gen()
for v in g:
    if v == 1:
        break
print("after break")
g.close()
print("after close")
