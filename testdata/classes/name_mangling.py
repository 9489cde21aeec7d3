# private name mangling of __names inside classes
class A:
    def __init__(self):
        self.__secret = "a"
        self._single = "s"
    def reveal(self):
        return self.__secret
    def __private(self):
        return "private method"
    def call(self):
        return self.__private()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b"
    def mine(self):
        return self.__secret
b = B()
print(b.reveal(), b.mine(), b.call(), sorted(vars(b)))
print(b._A__secret, b._B__secret, hasattr(b, "__secret"))
try:
    b.__private()
except AttributeError as e:
    print("AttributeError", e)
class C:
    __dunder__ = "not mangled"
print(C.__dunder__, "_C__dunder__" in C.__dict__)
