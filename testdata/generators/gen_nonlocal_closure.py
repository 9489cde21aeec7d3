# generators closing over variables and mutating them with nonlocal
def make():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    def get():
        return count
    return gen, get
gen, get = make()
g1 = gen()
print(next(g1), get())
print(list(g1), get())
print(list(gen()), get())
def lazy_capture():
    items = []
    g = (len(items) for _ in range(3))
    items.append(1)
    first = next(g)
    items.append(2)
    return first, next(g)
print(lazy_capture())
