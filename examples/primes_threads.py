# Counts primes below a limit with worker threads that take batches from a
# queue.Queue and add their counts under a Lock: the same answer on every
# interpreter and at every thread count.
import sys
import threading
import queue

def count_primes(lo, hi):
    n = 0
    for k in range(max(lo, 2), hi):
        d = 2
        while d * d <= k:
            if k % d == 0:
                break
            d += 1
        else:
            n += 1
    return n

def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
    batches = queue.Queue()
    for lo in range(0, limit, 1000):
        batches.put((lo, min(lo + 1000, limit)))
    total = [0]
    lock = threading.Lock()

    def worker():
        while True:
            try:
                lo, hi = batches.get_nowait()
            except queue.Empty:
                return
            n = count_primes(lo, hi)
            with lock:
                total[0] += n

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"{total[0]} primes below {limit} counted by {threads} threads")

main()
