# truth value from __bool__ and __len__, and the errors for bad results
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(B(True)), bool(B(False)), bool(L()), bool(N()), not L())
if B(False) or L():
    print("no")
else:
    print("both false")
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError", e)
