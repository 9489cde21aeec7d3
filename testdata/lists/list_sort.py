# sort and sorted: key, reverse, stability, errors on mixed types
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x), sorted("hello"), sorted({3: 1, 1: 2}), sorted([]))
print(sorted([0.5, -1, 2 ** 65, True, 3]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
b = [3, 1, 2]
r = b.sort()
print(r, b)
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
