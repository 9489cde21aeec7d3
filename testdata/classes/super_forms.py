# super() with explicit arguments, in classmethods, and in properties
class A:
    def f(self):
        return "A.f"
    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"
    @property
    def p(self):
        return "A.p"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def make(cls):
        return "B.make>" + super().make()
    @property
    def p(self):
        return "B.p>" + super().p
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
c = C()
print(c.f(), C.make(), c.p, B().f())
print(super(C, c).f(), super(B, C).make())
def outside(self):
    return super(C, self).f()
print(outside(c))
try:
    class D:
        def f(self):
            return super().missing()
    D().f()
except AttributeError as e:
    print("AttributeError", e)
