# The GIL is handed over at the switch interval: a thread spinning on a flag sees the main thread set it; sleep releases the GIL.
import sys
import threading
import time

print(sys.getswitchinterval())
flag = []
seen = []


def spin():
    n = 0
    while not flag:
        n += 1
    seen.append("spinner saw flag")


t = threading.Thread(target=spin)
t.start()
time.sleep(0.02)
flag.append(1)
t.join()
print(seen)

sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError", e)


def busy(k, out):
    total = 0
    for i in range(200000):
        total += i
    out.append(k)


out = []
ts = [threading.Thread(target=busy, args=(k, out)) for k in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(sorted(out))
time.sleep(0)
