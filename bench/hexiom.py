"""hexiom: solves Hexiom-style puzzles on a hexagonal board by backtracking.

A puzzle is a hexagon of cells and a bag of numbered tiles; every tile must
end on a cell whose occupied neighbours number exactly the tile's value, and
the cells left over stay empty. Puzzles are made here from random
occupancies (a linear congruential generator), then every solution is
counted by a depth-first search that keeps, for each placed tile, the range
its neighbour count can still reach. Exercises recursion, lists of ints,
tuples and tight integer loops.
Usage: python3 hexiom.py [puzzles [side]]   (default 5 puzzles of side 3)
"""
import sys

UNSET = -2
HOLE = -1


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


class Hex:
    """The cells of a hexagon with `side` cells per edge, and their neighbours."""

    def __init__(self, side):
        coords = []
        for r in range(-side + 1, side):
            for q in range(-side + 1, side):
                if abs(q + r) < side:
                    coords.append((q, r))
        index = {c: i for i, c in enumerate(coords)}
        self.coords = coords
        self.neighbours = []
        for q, r in coords:
            ns = []
            for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, r + dr))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(ns)

    def __len__(self):
        return len(self.coords)


def make_puzzle(board, rng):
    n = len(board)
    occupied = [False] * n
    want = n * 2 // 3
    placed = 0
    while placed < want:
        i = rng.below(n)
        if not occupied[i]:
            occupied[i] = True
            placed += 1
    tiles = [0] * 7
    for i in range(n):
        if occupied[i]:
            tiles[sum(1 for j in board.neighbours[i] if occupied[j])] += 1
    return tiles, n - want


class Solver:
    def __init__(self, board, tiles, holes):
        self.board = board
        self.tiles = tiles[:]
        self.holes = holes
        self.cells = [UNSET] * len(board)
        self.solutions = 0
        self.nodes = 0
        self.first = None

    def fits(self, i):
        """Whether the tile at i can still see its number of occupied neighbours."""
        v = self.cells[i]
        if v < 0:
            return True
        lo = hi = 0
        for j in self.board.neighbours[i]:
            c = self.cells[j]
            if c >= 0:
                lo += 1
                hi += 1
            elif c == UNSET:
                hi += 1
        return lo <= v <= hi

    def consistent(self, i):
        if not self.fits(i):
            return False
        for j in self.board.neighbours[i]:
            if not self.fits(j):
                return False
        return True

    def solve(self, i):
        self.nodes += 1
        if i == len(self.cells):
            self.solutions += 1
            if self.first is None:
                self.first = tuple(self.cells)
            return
        if self.holes:
            self.holes -= 1
            self.cells[i] = HOLE
            if self.consistent(i):
                self.solve(i + 1)
            self.holes += 1
        tiles = self.tiles
        for v in range(7):
            if tiles[v]:
                tiles[v] -= 1
                self.cells[i] = v
                if self.consistent(i):
                    self.solve(i + 1)
                tiles[v] += 1
        self.cells[i] = UNSET


def show(board, cells, side):
    rows = {}
    for (q, r), c in zip(board.coords, cells):
        rows.setdefault(r, []).append("." if c == HOLE else str(c))
    out = []
    for r in sorted(rows):
        out.append(" " * abs(r) + " ".join(rows[r]))
    return out


def main():
    puzzles = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    side = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    board = Hex(side)
    rng = Rng(7)
    digest = 0
    total_solutions = total_nodes = 0
    for k in range(puzzles):
        tiles, holes = make_puzzle(board, rng)
        s = Solver(board, tiles, holes)
        s.solve(0)
        total_solutions += s.solutions
        total_nodes += s.nodes
        digest = (digest * 1000003 + s.solutions * 7919 + s.nodes) % 2147483647
        print("puzzle %d: tiles %s holes %d -> %d solutions, %d nodes" % (k, tiles, holes, s.solutions, s.nodes))
        if k == 0 and s.first is not None:
            for line in show(board, s.first, side):
                print(line)
    print("checksum: %d %d %d" % (total_solutions, total_nodes, digest))


if __name__ == "__main__":
    main()
