# from __future__ import annotations stores annotations as strings
from __future__ import annotations
def f(a: int, b: list[str] = None) -> dict[str, Undefined]:
    return {}
print(f.__annotations__)
class C:
    x: Forward
    y: int = 3
print(C.__annotations__, C.y)
