# list methods: append, extend, insert, pop, remove, index, count, clear, copy
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend(range(2))
a.insert(0, 2)
a.insert(100, 7)
a.insert(-1, 8)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.index(1), a.count(1), a.count(42))
b = a.copy()
b.append("x")
print(a, b)
a.reverse()
print(a)
a.clear()
print(a, len(a))
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1].pop(5)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
