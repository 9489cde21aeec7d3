# int()/float()/complex()/divmod()/pow() dispatch to __int__, __float__, __complex__, __divmod__, __pow__
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
    def __index__(self):
        return 3
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)
n = N()
print(int(n), float(n), complex(n), divmod(n, 5), divmod(5, n), pow(n, 2), pow(n, 2, 9), 2 ** n, n ** 3)
print(bin(n), [0, 1, 2, 3][n], "abcd"[:n], range(n))
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class Chain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return f"lt({self.v},{o.v})"
a, b, c = Chain(1), Chain(2), Chain(3)
print(a < b < c, (a < b) < 5 if False else "skip")
