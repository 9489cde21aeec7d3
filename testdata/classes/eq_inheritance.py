# __eq__ inherited by subclasses, NotImplemented handling on both sides, __ne__ override
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        print("Money.__eq__", type(self).__name__, type(o).__name__)
        if isinstance(o, Money):
            return self.c == o.c
        return NotImplemented
    __hash__ = None
class Euro(Money):
    pass
print(Money(1) == Euro(1))
print(Euro(2) == Money(2))
print(Money(1) == 1)
print(1 == Money(1))
class Weird:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
print(Weird() == 1, Weird() != 1)
print([Money(3)] == [Money(3)])
print(Money(4) in [Money(4)])
