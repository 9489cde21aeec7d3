# enumerate/zip/dict.items/divmod build their tuples in one allocation; sum adds ints and floats in place: results and edge cases unchanged
big = 2**63 - 2
print(list(enumerate("abc", big)))
print(list(enumerate([1, 2], True)), list(enumerate([], 5)))
print(list(enumerate(["x"], -2**63)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2], (True, None))))
print(list(zip("abcd", range(3), "xyzw", [0.5] * 4)), list(zip(*["abc", "def", "ghi", "jkl", "mno"])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
d = {"a": 1, (2, 3): [4], 5.5: None}
print(list(d.items()), [k for k, v in d.items()], sorted(str(p) for p in d.items()))
for p in d.items():
    print(type(p).__name__, len(p), p[0], p[-1])
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2.0), divmod(2**70, 3))
print(sum([1, 2, 3]), sum([2**62, 2**62, 2**62]), sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, 2]), sum([], 0.0))
print(sum([True, True, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 1, 2**64]), sum(range(10**4)))
print(sum([-2**63, -1]), sum([float("inf"), 1]), sum([1e308, 1e308]))
print(sum(x * x for x in range(100)), sum(x / 2 for x in range(7)))
print(any([]), all([]), any([0, "", None]), all([1, "a", 2.5]), any((0, 0, 3)), all(range(1, 5)), any(range(0)), all(x for x in [1, 0]))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([B(False), B(True), B(True)]), all([B(True), B(False), B(True)]))
l = [0, 0, 0]
class Grow:
    def __bool__(self):
        l.append(1)
        return False
l.append(Grow())
print(any(l), len(l))
try:
    any(5)
except TypeError as e:
    print("TypeError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)
