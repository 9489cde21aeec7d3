# the implicit __class__ cell in methods, used by zero-argument super() and directly
class Base:
    def who(self):
        return __class__.__name__
class Derived(Base):
    def who(self):
        return __class__.__name__ + ">" + super().who()
    def cls_of_self(self):
        return type(self).__name__, __class__.__name__
class Deeper(Derived):
    pass
print(Derived().who(), Deeper().who(), Deeper().cls_of_self())
