# LEGB lookup, class bodies not enclosing methods, comprehension scope
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def h():
    return len
print(h()([1, 2]))
len = lambda o: "shadowed"
print(len([1]))
del len
print(len([1]))
def uses_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_later())
