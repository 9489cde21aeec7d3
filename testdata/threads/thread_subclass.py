# subclassing Thread and overriding run(); results read after join
import threading
class Summer(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__()
        self.lo, self.hi = lo, hi
        self.total = None
    def run(self):
        self.total = sum(range(self.lo, self.hi))
parts = [Summer(i * 1000, (i + 1) * 1000) for i in range(5)]
for p in parts:
    p.start()
for p in parts:
    p.join()
print([p.total for p in parts], sum(p.total for p in parts) == sum(range(5000)))
