"""A producer/consumer pipeline through queue.Queue.

usage: pipeline.py [threads] [size]   (size = number of items)
One producer feeds items into a bounded queue; `threads` workers take items,
do some arithmetic on each and pass (item, result) to a second queue that the
main thread drains. Each worker stops at its own end marker. The checksum
combines every result with its item, so it does not depend on the order.
"""

import queue
import sys
import threading

WORK = 120


def process(item):
    x = item * 2654435761 & 0xFFFFFFFF
    acc = 0
    for step in range(WORK):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += x % (step + 7)
    return acc


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    inbox = queue.Queue(maxsize=256)
    outbox = queue.Queue()

    def produce():
        for item in range(size):
            inbox.put(item)
        for _ in range(threads):
            inbox.put(None)

    def consume():
        while True:
            item = inbox.get()
            if item is None:
                return
            outbox.put((item, process(item)))

    producer = threading.Thread(target=produce)
    workers = [threading.Thread(target=consume) for _ in range(threads)]
    producer.start()
    for w in workers:
        w.start()
    total = 0
    digest = 0
    for _ in range(size):
        item, result = outbox.get()
        total += result
        digest ^= (item * 31 + result) & 0xFFFFFFFF
    producer.join()
    for w in workers:
        w.join()
    print("checksum:", total, digest)


main()
