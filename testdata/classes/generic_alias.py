# subscripting builtin types gives generic aliases (PEP 585); __class_getitem__ on user classes
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[str]
print(alias() == [], alias("ab"), alias.__origin__ is list, alias.__args__)
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__ if isinstance(item, type) else item}"
print(Box[int], Box["x"])
def f(x: list[int]) -> dict[str, int]:
    return {str(v): v for v in x}
print(f([1, 2]), f.__annotations__["x"])
