# threading.Timer fires once after its interval; a cancelled timer never fires.
import threading

fired = []
t1 = threading.Timer(0.01, fired.append, args=["first"])
t2 = threading.Timer(10, fired.append, args=["never"])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t1.is_alive(), t2.is_alive(), t1.name.startswith("Thread-"))
done = threading.Event()
t3 = threading.Timer(0.0, lambda **kw: (fired.append(kw), done.set()), kwargs={"k": 1})
t3.start()
print(done.wait(5), fired[-1])
t3.join()
