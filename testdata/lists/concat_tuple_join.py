# list + list across strategies (ints, floats, objects, empty sides), tuple(list), str.join over a list read in place
cases = [[], [1, 2], [1.5, -0.0], ["a", None], [True], [2**70]]
for a in cases:
    for b in cases:
        c = a + b
        c.append(7)
        c.append(0.25)
        print(a + b, c, len(a + b))
e = []
f = e + [1.5]
f.append(2.5)
g = [1.5] + e
g.append(3)
print(f, g, e)
for l in cases + [list(range(9)), [0.5] * 6]:
    t = tuple(l)
    print(t, type(t).__name__, len(t), t == tuple(iter(l)), tuple(l) is not l)
print(tuple([]) == (), tuple([1]) + (2,))
print("-".join(["a", "bc", "d"]), "".join([]), ",".join(["x"]), "ab".join(["1", "2", "3"]))
try:
    ", ".join(["a", 1])
except TypeError as ex:
    print("TypeError", ex)
try:
    "".join([1, 2])
except TypeError as ex:
    print("TypeError", ex)
class L(list):
    pass
print("+".join(L(["p", "q"])), L([1]) + [2], type(L([1]) + [2]).__name__)
s = "x"
print(s.join(["é", "ü", "漢"]), len(s.join(["é", "ü", "漢"])))
