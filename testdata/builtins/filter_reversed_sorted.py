# filter with None and functions, reversed on sequences and custom __reversed__
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(sorted("Hello World", key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True), sorted((2, 1)), sorted(x for x in [3, 1]))
