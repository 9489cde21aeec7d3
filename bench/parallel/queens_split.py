"""Counts the solutions of the n-queens puzzle, split by the first row's column.

usage: queens_split.py [threads] [size]   (a size x size board)
Each task places the first queen in one column and counts the completions by
backtracking over bit masks; threads claim tasks from a shared counter inside
`with atomic:` and add their per-column counts to a shared list atomically.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402


def complete(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    full = (1 << n) - 1
    free = full & ~(cols | diag1 | diag2)
    while free:
        bit = free & -free
        free -= bit
        count += complete(n, row + 1, cols | bit, ((diag1 | bit) << 1) & full, (diag2 | bit) >> 1)
    return count


class Board:
    def __init__(self, n):
        self.next_column = 0
        self.per_column = [0] * n


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    board = Board(n)

    def work():
        while True:
            with atomic:
                col = board.next_column
                board.next_column += 1
            if col >= n:
                return
            bit = 1 << col
            found = complete(n, 1, bit, (bit << 1) & ((1 << n) - 1), bit >> 1)
            with atomic:
                board.per_column[col] += found

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    weighted = sum((i + 1) * c for i, c in enumerate(board.per_column))
    print("checksum:", sum(board.per_column), weighted)


main()
