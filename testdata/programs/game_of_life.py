# Conway's game of life on a set of live cells; a glider moves diagonally
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = (x + dx, y + dy)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live, w, h):
    for y in range(h):
        print("".join("#" if (x, y) in live else "." for x in range(w)))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
g = glider
for gen in range(4):
    g = step(g)
show(g, 6, 5)
print(sorted(g), sorted((x - 1, y - 1) for x, y in g) == sorted(glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
r = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
for i in range(50):
    r = step(r)
print(len(r), min(r), max(r))
