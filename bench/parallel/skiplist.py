"""A shared skip list under concurrent inserts, lookups and removals.

usage: skiplist.py [threads] [size]   (size = number of distinct keys)
The operations are those of btree.py: each key has a fixed sequence of
operations, thread t owns the keys k with k % T == t, and every operation runs
inside `with atomic:`, so the checksum does not depend on the schedule. A
node's height comes from a hash of its key, not from a random generator.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

MAX_LEVEL = 16
ROUNDS = 8


def mix(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


def height(key):
    h = mix(key ^ 0x9E3779B9)
    level = 1
    while h & 1 and level < MAX_LEVEL:
        level += 1
        h >>= 1
    return level


class Node:
    def __init__(self, key, val, level):
        self.key = key
        self.val = val
        self.next = [None] * level


class SkipList:
    def __init__(self):
        self.head = Node(-1, None, MAX_LEVEL)
        self.size = 0

    def _path(self, key):
        """The last node before key on every level, top level last."""
        path = [None] * MAX_LEVEL
        node = self.head
        for lvl in range(MAX_LEVEL - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
            path[lvl] = node
        return path

    def get(self, key):
        node = self.head
        for lvl in range(MAX_LEVEL - 1, -1, -1):
            nxt = node.next[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[lvl]
        node = node.next[0]
        if node is not None and node.key == key:
            return node.val
        return None

    def put(self, key, val):
        path = self._path(key)
        found = path[0].next[0]
        if found is not None and found.key == key:
            found.val = val
            return
        node = Node(key, val, height(key))
        for lvl in range(len(node.next)):
            node.next[lvl] = path[lvl].next[lvl]
            path[lvl].next[lvl] = node
        self.size += 1

    def remove(self, key):
        path = self._path(key)
        found = path[0].next[0]
        if found is None or found.key != key:
            return False
        for lvl in range(len(found.next)):
            if path[lvl].next[lvl] is found:
                path[lvl].next[lvl] = found.next[lvl]
        self.size -= 1
        return True


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    sl = SkipList()
    results = [None] * threads

    def work(t):
        hits = 0
        found = 0
        removed = 0
        for r in range(ROUNDS):
            for k in range(t, size, threads):
                h = mix(k * ROUNDS + r)
                op = h & 3
                if op <= 1:
                    with atomic:
                        sl.put(k, h >> 8)
                elif op == 2:
                    with atomic:
                        v = sl.get(k)
                    if v is not None:
                        hits += 1
                        found += v & 0xFFFF
                else:
                    with atomic:
                        if sl.remove(k):
                            removed += 1
        results[t] = (hits, found, removed)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    count = 0
    digest = 0
    prev = -1
    node = sl.head.next[0]
    while node is not None:
        if node.key <= prev:
            raise AssertionError("skip list keys out of order")
        prev = node.key
        digest = (digest * 31 + node.key * 7 + node.val) & 0xFFFFFFFF
        count += 1
        node = node.next[0]
    if count != sl.size:
        raise AssertionError("skip list size mismatch")
    hits = sum(r[0] for r in results)
    found = sum(r[1] for r in results)
    removed = sum(r[2] for r in results)
    print("checksum:", count, digest, hits, found, removed)


main()
