# len of builtin containers and custom __len__, and its errors
class L:
    def __len__(self):
        return 7
print(len("abc"), len([1]), len(()), len({1: 2}), len({1, 2, 2}), len(range(0, 100, 7)), len(b"ab"), len(L()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError", e)
