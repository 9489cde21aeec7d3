# multiple inheritance: C3 linearisation order and cooperative super()
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init__(self):
        print("Base init")
class L(Base):
    def __init__(self):
        print("L init")
        super().__init__()
class R(Base):
    def __init__(self):
        print("R init")
        super().__init__()
class Both(L, R):
    def __init__(self):
        print("Both init")
        super().__init__()
Both()
