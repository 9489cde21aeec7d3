# itertools: permutations/combinations/combinations_with_replacement/product (Go core) agree with each other and CPython for n<5, r<6
from itertools import *
for n in range(0, 5):
    for r in range(0, 6):
        print(n, r, list(permutations(range(n), r)) == [p for p in product(range(n), repeat=r) if len(set(p)) == r],
              list(combinations(range(n), r)), list(combinations_with_replacement("xyz"[:n], r))[:7], len(list(permutations(range(n), r))))
print(list(product("ab", [], "c")), list(product()), list(product("ab", repeat=0)), list(product([1, 2], "xy", repeat=2))[:6])
p = permutations("abc"); print(next(p), next(p), list(p), list(p))
print(sum(1 for _ in permutations(range(8))), sum(1 for _ in product(range(10), repeat=5)), sum(1 for _ in combinations(range(20), 5)))
import itertools
for x in [itertools.product("a"), itertools.permutations("a"), itertools.combinations("a", 1), itertools.combinations_with_replacement("a", 1)]:
    print(type(x).__name__, iter(x) is x, next(x))
