"""A shared B+tree under concurrent inserts, lookups and removals.

usage: btree.py [threads] [size]   (size = number of distinct keys)
Every key has its own fixed sequence of operations over ROUNDS rounds, derived
from a hash of (key, round); thread t owns the keys k with k % T == t and each
operation runs inside `with atomic:`. Operations on one key therefore happen in
the same order for every thread count and interleaving, so the final tree and
the lookup results - and the checksum - do not depend on the schedule.

Removal deletes from the leaf without merging underfull nodes (separator keys
stay valid bounds), the usual simplification of concurrent B-trees.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

MAX_KEYS = 16
ROUNDS = 8


def mix(x):
    x &= 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    x = ((x >> 16) ^ x) * 0x45D9F3B & 0xFFFFFFFF
    return (x >> 16) ^ x


def lower_bound(keys, key):
    """Index of the first element of sorted keys that is >= key."""
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


def upper_bound(keys, key):
    """Index of the first element of sorted keys that is > key."""
    lo = 0
    hi = len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if keys[mid] <= key:
            lo = mid + 1
        else:
            hi = mid
    return lo


class Node:
    def __init__(self, keys, vals, kids):
        self.keys = keys
        self.vals = vals  # leaves only
        self.kids = kids  # inner nodes only: len(kids) == len(keys) + 1


class BTree:
    def __init__(self):
        self.root = Node([], [], None)
        self.size = 0

    def get(self, key):
        node = self.root
        while node.kids is not None:
            node = node.kids[upper_bound(node.keys, key)]
        i = lower_bound(node.keys, key)
        if i < len(node.keys) and node.keys[i] == key:
            return node.vals[i]
        return None

    def put(self, key, val):
        split = self._put(self.root, key, val)
        if split is not None:
            sep, right = split
            self.root = Node([sep], None, [self.root, right])

    def _put(self, node, key, val):
        if node.kids is None:
            i = lower_bound(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.vals[i] = val
                return None
            node.keys.insert(i, key)
            node.vals.insert(i, val)
            self.size += 1
            if len(node.keys) <= MAX_KEYS:
                return None
            mid = len(node.keys) // 2
            right = Node(node.keys[mid:], node.vals[mid:], None)
            del node.keys[mid:]
            del node.vals[mid:]
            return right.keys[0], right
        i = upper_bound(node.keys, key)
        split = self._put(node.kids[i], key, val)
        if split is None:
            return None
        sep, right = split
        node.keys.insert(i, sep)
        node.kids.insert(i + 1, right)
        if len(node.keys) <= MAX_KEYS:
            return None
        mid = len(node.keys) // 2
        up = node.keys[mid]
        right = Node(node.keys[mid + 1:], None, node.kids[mid + 1:])
        del node.keys[mid:]
        del node.kids[mid + 1:]
        return up, right

    def remove(self, key):
        node = self.root
        while node.kids is not None:
            node = node.kids[upper_bound(node.keys, key)]
        i = lower_bound(node.keys, key)
        if i < len(node.keys) and node.keys[i] == key:
            del node.keys[i]
            del node.vals[i]
            self.size -= 1
            return True
        return False

    def walk(self, node, out):
        if node.kids is None:
            for i in range(len(node.keys)):
                out.append((node.keys[i], node.vals[i]))
        else:
            for kid in node.kids:
                self.walk(kid, out)


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    tree = BTree()
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
                        tree.put(k, h >> 8)
                elif op == 2:
                    with atomic:
                        v = tree.get(k)
                    if v is not None:
                        hits += 1
                        found += v & 0xFFFF
                else:
                    with atomic:
                        if tree.remove(k):
                            removed += 1
        results[t] = (hits, found, removed)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    items = []
    tree.walk(tree.root, items)
    for i in range(1, len(items)):
        if items[i - 1][0] >= items[i][0]:
            raise AssertionError("B+tree keys out of order")
    if len(items) != tree.size:
        raise AssertionError("B+tree size mismatch")
    digest = 0
    for k, v in items:
        digest = (digest * 31 + k * 7 + v) & 0xFFFFFFFF
    hits = sum(r[0] for r in results)
    found = sum(r[1] for r in results)
    removed = sum(r[2] for r in results)
    print("checksum:", len(items), digest, hits, found, removed)


main()
