# repr and behaviour of subclasses of builtin types; repr of nested classes
class MyList(list): pass
class MyDict(dict): pass
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class MyTuple(tuple): pass
class MySet(set): pass
class MyFrozen(frozenset): pass
class MyErr(ValueError): pass
vals = [MyList([1, 2]), MyDict(a=1), MyInt(5), MyFloat(2.5), MyStr("x"), MyTuple((1,)), MySet({1, 2}), MyFrozen({3}), MyErr("bad"), MySet(), MyFrozen()]
for v in vals:
    print(type(v).__name__, repr(v), str(v))
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, type(MyList([1]) + [2]).__name__, type(MySet({1}) | {2}).__name__)
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), Outer.Inner.__qualname__, repr(MyErr), repr(ValueError), repr(Outer))
