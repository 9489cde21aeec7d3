# class bodies inside functions read enclosing locals, but a name assigned in the class body skips them
x = "global x"
def make():
    x = "function x"
    y = "function y"
    class C:
        seen_y = y
        print("class body sees", x)
    class D:
        before = x
        x = "class x"
        after = x
    return C, D
C, D = make()
print(C.seen_y, D.before, D.after)
def factory(n):
    class Sized:
        size = n
        def get(self):
            return n * 2
    return Sized
A, B = factory(1), factory(5)
print(A.size, B.size, A().get(), B().get(), A is not B, A.__name__ == B.__name__)
