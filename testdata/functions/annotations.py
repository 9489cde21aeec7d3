# annotations on functions and variables do not affect behaviour
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> tuple:
    return a, b
print(f(1), f.__annotations__)
x: int = 5
y: list
print(x, __annotations__)
class C:
    field: int = 3
    other: str
print(C.field, C.__annotations__, hasattr(C, "other"))
def g() -> None:
    pass
print(g.__annotations__)
