# atexit: an uncaught exception is printed first, then the callbacks run; _run_exitfuncs and _clear
import atexit

log = []
atexit.register(log.append, "x")
atexit._run_exitfuncs()
print(log)
atexit.register(print, "cleared, never printed")
atexit._clear()
atexit.register(print, "callback after the traceback")

def fail():
    raise KeyError("boom")

fail()
