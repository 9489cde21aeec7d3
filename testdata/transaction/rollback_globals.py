# A worker thread stores and deletes module globals (del x, del mod.x, delattr, del globals()[k], globals()[k] = v) and instance attributes (setattr, delattr); run with injected aborts, the output must not change.
import sys, threading

mod = sys.modules[__name__]
base = 0

class Box:
    pass

def work():
    global base, tmp
    g = globals()
    b = Box()
    for i in range(60):
        g["v%d" % i] = i
        if i >= 1:
            old = "v%d" % (i - 1)
            if i % 3 == 0:
                del g[old]
            elif i % 3 == 1:
                delattr(mod, old)
            else:
                setattr(mod, old, -i)
        tmp = i
        if i % 2:
            del tmp
        base += i
        setattr(b, "a%d" % (i % 4), i)
        if i % 4 == 3:
            delattr(b, "a0")
        if i % 10 == 0:
            print(i, sorted(k for k in g if k.startswith("v")), "tmp" in g, base, sorted(vars(b).items()))

t = threading.Thread(target=work)
t.start()
t.join()
print(sorted((k, v) for k, v in globals().items() if k.startswith("v")), "tmp" in globals(), base)
