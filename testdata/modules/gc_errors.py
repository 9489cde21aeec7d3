# gc: argument errors of collect, set_threshold, enable and is_tracked
import gc
for f in [lambda: gc.collect(5), lambda: gc.collect(-1), lambda: gc.collect("x"), lambda: gc.set_threshold(),
          lambda: gc.set_threshold("a"), lambda: gc.enable(1), lambda: gc.disable(0), lambda: gc.is_tracked()]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(gc.isenabled())
gc.collect(3)
