# The _thread module: start_new_thread, allocate_lock, get_ident, exit, argument errors.
import _thread
import time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []


def work(a, b, c=0):
    with lock:
        out.append(a + b + c)
        if len(out) == 3:
            done.release()
    _thread.exit()
    out.append("not reached")


for i in range(3):
    _thread.start_new_thread(work, (i, 10), {"c": 100})
print(done.acquire(timeout=5), sorted(out))
print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident())
print(_thread.LockType.__name__, _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
for args in [(1, ()), (work, []), (work, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)
time.sleep(0.01)
print(_thread.stack_size())
