"""A tiny shapes package: the public names come from its submodules."""
from .base import Shape, registry
from .circle import Circle
from .polygon import Rectangle, Square

__all__ = ["Shape", "Circle", "Rectangle", "Square", "registry"]
