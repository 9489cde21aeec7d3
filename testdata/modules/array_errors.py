# array: OverflowError/TypeError/ValueError/IndexError messages of conversions and methods
from array import array

def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)

for code in "bBhHiIlLqQ":
    size = array(code).itemsize
    for v in [2**64, -2**64, -1, 2**(8 * size), 2**(8 * size - 1), -2**(8 * size - 1) - 1]:
        attempt(array, code, [v])
attempt(array, "b", [2**20])
attempt(array, "H", [2**40])
attempt(array, "i", [1.5])
attempt(array, "i", ["1"])
attempt(array, "d", ["1"])
attempt(array, "f", [None])
attempt(array, "f", [2**2000])
attempt(array, "f", [1e300])
attempt(array, "u", [1])
attempt(array, "u", ["ab"])
attempt(array, "z")
attempt(array, 1)
attempt(array, "ab")
attempt(array, "i", "abc")
attempt(array, "i", array("u", "a"))
attempt(array, "i", b"abc")
attempt(array, "i", [1], 2)
attempt(array)
attempt(array, "i", 5)
a = array("i", [1, 2, 3])
attempt(a.__getitem__, 5)
attempt(a.__setitem__, 5, 1)
attempt(a.__delitem__, -5)
attempt(a.__getitem__, "x")
attempt(a.__getitem__, 2**70)
attempt(a.__setitem__, 0, 2**40)
attempt(a.pop, 7)
attempt(array("i").pop)
attempt(a.remove, 9)
attempt(a.index, 9)
attempt(a.index, 2, 5)
attempt(a.frombytes, b"abc")
attempt(a.frombytes, "abcd")
attempt(a.fromlist, (1,))
attempt(a.fromlist, [1, "x"])
attempt(a.tounicode)
attempt(a.fromunicode, "x")
attempt(array("u").fromunicode, 5)
attempt(a.__add__, [1])
attempt(a.__add__, array("d"))
attempt(a.__iadd__, [1])
attempt(a.extend, array("d"))
attempt(a.extend, 5)
attempt(a.extend, [4, 2**40])
print(a)
attempt(a.__setitem__, slice(0, 1), [1])
attempt(a.__setitem__, slice(0, 1), array("d", [1]))
attempt(a.__setitem__, slice(0, 4, 2), array("i", [1]))
attempt(lambda: a * "x")
attempt(a.insert, "x", 1)
attempt(a.insert, 2**70, 1)
attempt(a.count)
attempt(a.byteswap, 1)
attempt(array("u", "ab").__setitem__, 0, "xy")
attempt(lambda: array("i", x=1))
try:
    a < [1]
except TypeError:
    print("TypeError for array < list")
print(a == [1, 2, 3], a.__lt__([1]), a)
try:
    array("d", [1.0]) * 10**15
except MemoryError as e:
    print("MemoryError", repr(e))
a.append("oops")
