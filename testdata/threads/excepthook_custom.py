# Exceptions raised in threads reach threading.excepthook with the thread; SystemExit is silent; join still works.
import threading

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook


def bad(x):
    raise ValueError("bad value %d" % x)


def quits():
    raise SystemExit(3)


class Custom(threading.Thread):
    def run(self):
        {}["missing"]


ts = [threading.Thread(target=bad, args=(7,)), threading.Thread(target=quits),
      Custom(name="custom")]
for t in ts:
    t.start()
    t.join()
for s in seen:
    print(s)
print([t.is_alive() for t in ts])
print("main continues")
