"""Threads read a shared dict that is rarely written.

usage: readmostly.py [threads] [size]   (size = total number of lookups)
Readers look up the fixed keys "k0".."k999" of a shared settings dict; one
operation in 200 instead adds a new key "w<i>" inside `with atomic:`, so the
dict keeps growing (and resizing) under the readers. Readers never read the
added keys, so the sums they compute - and the checksum - are the same for
every schedule.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

KEYS = 1000
WRITE_EVERY = 200


def mix(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 300000
    settings = {}
    for k in range(KEYS):
        settings["k%d" % k] = mix(k) % 1000
    names = ["k%d" % k for k in range(KEYS)]
    sums = [0] * threads

    def work(t):
        acc = 0
        for i in range(t, size, threads):
            if i % WRITE_EVERY == 0:
                with atomic:
                    settings["w%d" % i] = i
            else:
                acc += settings[names[mix(i) % KEYS]]
        sums[t] = acc

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("checksum:", sum(sums), len(settings))


main()
