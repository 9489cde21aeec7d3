# Calls of built-in types in loops (int, float, range, enumerate, tuple, set, list): values, errors and subclasses as type.__call__ gives them.
class MyInt(int):
    pass


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 3


def conv(xs):
    out = []
    for x in xs:
        for f in (int, float):
            try:
                out.append(f(x))
            except (TypeError, ValueError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    return out


print(conv([1, -7.9, True, "12", " 3 ", "1e3", "x", None, 2 ** 70, MyInt(5), Num(), b"4", []]))
print(int(), float(), int("ff", 16), int(x=5) if False else int("11", base=2))


def ranges():
    out = []
    for args in [(5,), (2, 9), (9, 2, -3), (0, 10, 4), (2 ** 62,), (-(2 ** 62), 1, 2 ** 61), (True,), (Num(),)]:
        r = range(*args)
        out.append((len(r), list(r[:3]), r))
    for bad in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ("a",)]:
        try:
            range(*bad)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


for item in ranges():
    print(item)
print([list(enumerate(s)) for s in ["ab", (1,), range(2), {3: 4}]], list(enumerate("xy", 5)))
try:
    enumerate(3)
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
print(tuple(t) is t, tuple([1, 2]), tuple(x * 2 for x in range(3)), tuple("ab"), tuple())
try:
    tuple(5)
except TypeError as e:
    print("TypeError:", e)
s1, s2, l1, l2 = set(), set(), list(), list()
s1.add(1)
l1.append(1)
print(s1, s2, l1, l2, s1 is not s2, l1 is not l2, set([3, 3]), list("ab"))


class Counted(list):
    pass


print(type(Counted()).__name__, Counted("ab"), type(MyInt(3)).__name__, MyInt(3) + 1)
