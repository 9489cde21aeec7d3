# The time module's clocks: process_time advances with CPU work, perf_counter and monotonic count wall time, sleep waits at least its length.
import time

a = time.process_time()
s = 0
for i in range(2000000):
    s += i
b = time.process_time()
t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.05)
t1 = time.perf_counter()
m1 = time.monotonic()
print(b - a > 0.01, t1 - t0 >= 0.05, m1 - m0 >= 0.05)
print(type(time.time_ns()).__name__, type(time.time()).__name__, time.monotonic_ns() > 0,
      abs(time.time() - time.time_ns() / 1e9) < 1)
