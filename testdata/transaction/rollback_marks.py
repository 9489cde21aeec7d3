# Objects made in one transaction and written in a later one, and objects
# re-entered by a later transaction: a rollback must restore what existed
# before the transaction, and may forget only what the transaction made.
# Run in a worker thread, so that its loops run as abortable transactions
# (the tests run it at abort rates 1 and 0.5; the output must not change).
import threading

out = []


def gen(n):
    for i in range(n):
        yield i * i


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def work():
    # An iterator made before the loop, re-entered by `for` in each pass:
    # GET_ITER returns the iterator itself, which is no new object.
    it = iter(range(100))
    total = 0
    for rounds in range(5):
        for x in it:
            total += x
            if x % 10 == 9:
                break
    out.append(("iter", total, next(it)))

    # The same with a list iterator and a generator made earlier.
    lit = iter([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9])
    g = gen(30)
    acc = []
    for rounds in range(4):
        for x in lit:
            acc.append(x)
            if len(acc) % 3 == 0:
                break
        for y in g:
            acc.append(y)
            if y % 7 == 0:
                break
    out.append(("lit+gen", acc))

    # Instances made in one pass and changed in later ones: slots in
    # place, a slot's kind, a new attribute, a deleted one.
    pts = [Point(i, -i) for i in range(6)]
    for rounds in range(6):
        for p in pts:
            p.x = p.x + 1
            if rounds == 2:
                p.y = "s%d" % p.x
            if rounds == 3:
                p.z = rounds
            if rounds == 4 and hasattr(p, "z"):
                del p.z
    out.append(("points", [(p.x, p.y, hasattr(p, "z")) for p in pts]))

    # Containers made in a pass and written in the next passes.
    made = []
    for rounds in range(5):
        lst = [rounds] * 3
        d = {"r": rounds}
        s = {rounds}
        made.append((lst, d, s))
        for old in made:
            old[0].append(rounds)
            old[0][0] += 1
            old[1][rounds] = len(old[0])
            old[2].add(rounds * 10)
    out.append(("containers", [(l, sorted(d.items(), key=str), sorted(s)) for l, d, s in made]))


th = threading.Thread(target=work)
th.start()
th.join()
for item in out:
    print(item)
