"""chaos: draws an iterated-function-system fractal with the chaos game.

A point jumps repeatedly to one of several affine images of itself, chosen
by weighted random draws from a linear congruential generator written here
(so the run does not depend on the random module). The visited points are
plotted into a character grid. Exercises float arithmetic, tuples, method
calls and list indexing.
Usage: python3 chaos.py [iterations]   (default 1200000)
"""
import sys

WIDTH, HEIGHT = 64, 64


class Rng:
    """A 48-bit linear congruential generator (the drand48 constants)."""

    def __init__(self, seed):
        self.state = (seed << 16) | 0x330E

    def next_float(self):
        self.state = (self.state * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF
        return self.state / 281474976710656.0


class Affine:
    """x' = a*x + b*y + e, y' = c*x + d*y + f."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class ChaosGame:
    def __init__(self, maps, seed):
        self.maps = maps
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.rng = Rng(seed)

    def pick(self):
        r = self.rng.next_float()
        for i, limit in enumerate(self.cumulative):
            if r < limit:
                return self.maps[i]
        return self.maps[-1]

    def run(self, iterations, bounds):
        xmin, xmax, ymin, ymax = bounds
        grid = [[0] * WIDTH for _ in range(HEIGHT)]
        x, y = 0.0, 0.0
        sx = (WIDTH - 1) / (xmax - xmin)
        sy = (HEIGHT - 1) / (ymax - ymin)
        for i in range(iterations):
            x, y = self.pick().apply(x, y)
            if i < 20:
                continue
            col = int((x - xmin) * sx)
            row = int((ymax - y) * sy)
            if 0 <= col < WIDTH and 0 <= row < HEIGHT:
                grid[row][col] += 1
        return grid


FERN = [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]

SIERPINSKI = [
    Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
    Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
]


def render(grid):
    return ["".join("#" if v > 2 else ("." if v else " ") for v in row) for row in grid]


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
    fern = ChaosGame(FERN, 1234).run(iterations, (-2.5, 2.8, 0.0, 10.0))
    tri = ChaosGame(SIERPINSKI, 42).run(iterations // 2, (0.0, 1.0, 0.0, 1.0))
    lit = 0
    digest = 0
    for grid in (fern, tri):
        for row in render(grid):
            lit += row.count("#")
            for ch in row:
                digest = (digest * 31 + ord(ch)) % 1000000007
    for row in render(fern)[::8]:
        print(row.rstrip())
    print("checksum: %d %d" % (lit, digest))


if __name__ == "__main__":
    main()
