# builtins applied to lists and mutation during iteration by index
a = [4, -2, 7, 0]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)), any(a), all(a))
print(sum([[1], [2, 3]], []), sum([0.1, 0.2]), sum(range(101)), sum([1, 2], 10))
print(list(enumerate(a, 1)), list(zip(a, "abcd")), list(map(abs, a)), list(filter(None, a)))
i = 0
while i < len(a):
    if a[i] < 0:
        del a[i]
    else:
        i += 1
print(a, a.__len__(), [].__class__.__name__)
nums = [1, 2, 3]
for n in nums:
    if n == 1:
        nums.append(4)
print(nums)
