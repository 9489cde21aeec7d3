"""generators: deep generator delegation, send-driven coroutines, pipelines.

Builds a balanced binary tree and walks it in order with recursive
generators joined by `yield from`; runs a chain of filter/map generator
stages; and drives an accumulating coroutine with send(). Exercises
generator creation, resumption, yield from and generator expressions.
Usage: python3 generators.py [loops [size]]   (default 100 loops over 20000 items)
"""
import sys


class Node:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is None:
        return
    yield from walk(node.left)
    yield node.value
    yield from walk(node.right)


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def stage_filter(it, k):
    for v in it:
        if v % k:
            yield v


def stage_map(it):
    for v in it:
        yield v * 3 + 1


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total // count


def run_once(tree, n):
    walked = 0
    for v in walk(tree):
        walked += v
    piped = sum(stage_map(stage_filter(stage_filter(numbers(n), 3), 5)))
    co = averager()
    next(co)
    last = 0
    for v in numbers(n // 2):
        last = co.send(v)
    try:
        co.send(None)
        result = None
    except StopIteration as stop:
        result = stop.value
    squares = sum(x * x for x in range(n // 4) if x & 1)
    return walked, piped, last, result, squares


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    tree = build(0, size)
    acc = 0
    for i in range(loops):
        walked, piped, last, (total, count), squares = run_once(tree, size)
        acc = (acc * 31 + walked + piped + last + total + count + squares) % 1000000007
    print("walked %d piped %d last %d total %d count %d squares %d" % (walked, piped, last, total, count, squares))
    print("checksum: %d" % acc)


if __name__ == "__main__":
    main()
