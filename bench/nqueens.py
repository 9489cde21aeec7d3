"""nqueens: counts and collects placements of n non-attacking queens.

Uses a recursive generator that extends partial solutions column by column,
with sets of occupied diagonals, plus a permutation filter on a smaller
board that checks each full permutation with set comprehensions.
Exercises generators, sets of ints, tuples and comprehensions.
Usage: python3 nqueens.py [n]   (default 12)
"""
import sys


def place(n, row, cols, diag1, diag2, partial):
    """Yields each completed placement as a tuple of column indexes."""
    if row == n:
        yield tuple(partial)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        partial.append(c)
        yield from place(n, row + 1, cols, diag1, diag2, partial)
        partial.pop()
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield (items[i],) + p


def by_permutations(n):
    cols = list(range(n))
    return [p for p in permutations(cols)
            if n == len({p[i] + i for i in cols}) == len({p[i] - i for i in cols})]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for _ in range(rounds):
        solutions = list(place(n, 0, set(), set(), set(), []))
        small = by_permutations(min(n - 2, 8))
    digest = 0
    for s in solutions:
        for c in s:
            digest = (digest * 7 + c) % 1000003
    print("%d-queens: %d solutions; first %s; last %s" % (n, len(solutions), solutions[0] if solutions else None, solutions[-1] if solutions else None))
    print("%d-queens by permutations: %d" % (min(n - 2, 8), len(small)))
    print("checksum: %d %d %d" % (len(solutions), len(small), digest))


if __name__ == "__main__":
    main()
