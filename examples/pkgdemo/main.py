# A multi-module program: the shapes package (relative imports between its
# submodules) used from a main script. Run: pystm examples/pkgdemo/main.py
import sys

import shapes
from shapes import *
from shapes.polygon import Square as Sq


def build(spec):
    kind, *args = spec.split()
    return registry[kind](*map(float, args))


items = [build(s) for s in ["circle 1", "rectangle 2 3", "square 1.5", "circle 0.5"]]
for shape in sorted(items, key=lambda s: s.area()):
    print(shape)
print("total area:", round(sum(s.area() for s in items), 4))
print("registered:", sorted(registry))
print(Sq is Square, shapes.polygon.Square is Square, shapes.__name__, shapes.polygon.__name__)
print(sorted(name for name in sys.modules if name.startswith("shapes")))

if __name__ == "__main__":
    print("run as a script")
