# generator pipelines, infinite generators with early stop, generator in for with break
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def squares(it):
    for v in it:
        yield v * v
def evens(it):
    return (v for v in it if v % 2 == 0)
print(list(take(5, evens(squares(naturals())))))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
for p in primes():
    if p > 40:
        break
    print(p, end=" ")
print()
def chunks(seq, k):
    for i in range(0, len(seq), k):
        yield seq[i:i + k]
print(list(chunks(list(range(10)), 3)))
