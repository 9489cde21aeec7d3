# min and max with key, default, several arguments, ties keep the first
print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max([], default="empty"), min([], default=None))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len), max([(1, "b"), (1, "a")]))
print(max([1, -5, 3], key=abs), min({3: "a", 1: "b"}), max(range(10), key=lambda v: v % 4))
for bad in (lambda: min([]), lambda: max(1), lambda: min(1, "a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0))
