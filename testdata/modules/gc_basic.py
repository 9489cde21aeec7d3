# gc: collect returns an int, enable/disable/isenabled, thresholds, counts, freeze, stats
import gc

class Node:
    def __init__(self):
        self.other = None

a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(Node()))
print(gc.garbage, gc.DEBUG_LEAK, gc.get_debug())
