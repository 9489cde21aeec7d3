# IndexError messages for lists, tuples, strings, ranges and pop
for t in (lambda: [1][5], lambda: (1,)[-3], lambda: "ab"[2], lambda: range(2)[2], lambda: [].pop(), lambda: [1, 2].pop(7), lambda: [1].insert(0) if False else [][0]):
    try:
        t()
    except IndexError as e:
        print(e)
lst = [0, 1, 2]
lst[3]
