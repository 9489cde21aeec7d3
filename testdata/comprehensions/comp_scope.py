# comprehension variables do not leak; closures inside comprehensions; class scope
x = 10
lst = [x for x in range(3)]
print(x, lst)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in fs2])
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        bad = [v * len(data) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def f():
    y = 5
    return [y * k for k in range(3)]
print(f())
try:
    [undefined_q for _ in range(1)]
except NameError as e:
    print("NameError", e)
