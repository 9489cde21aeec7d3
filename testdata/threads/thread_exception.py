# an exception in a thread goes to threading.excepthook (here a custom one); the program continues
import threading
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError("failure inside thread")
t = threading.Thread(target=boom, name="worker")
t.start()
t.join()
print("main continues", t.is_alive())
