# a thread importing a module whose body is still running in another thread waits for it
import builtins, threading
results = []
def worker(name):
    import _imp_slow
    results.append((name, _imp_slow.VALUE))
builtins.imp_started = threading.Event()
t = threading.Thread(target=worker, args=("thread",))
t.start()
imp_started.wait()
import _imp_slow
results.append(("main", _imp_slow.VALUE))
t.join()
print(sorted(results))
# as in CPython, a thread that waited gets the module even if its body failed
errors = []
def failer():
    try:
        import _imp_slowfail
    except ValueError as e:
        errors.append(str(e))
builtins.imp_started = threading.Event()
t = threading.Thread(target=failer)
t.start()
imp_started.wait()
import _imp_slowfail
t.join()
print(errors, _imp_slowfail.__name__)
