# __new__ controls creation; __init__ skipped when __new__ returns another type
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("new instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Single()
b = Single()
print(a is b)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, isinstance(Pos(3), int), type(Pos(3)).__name__)
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml[:2]).__name__)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md)
