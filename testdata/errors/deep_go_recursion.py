# Deep nesting that recurses inside the interpreter: str/repr of nested exceptions and issubclass of nested tuples raise RecursionError; long iterator chains work.
e = ValueError("leaf")
for i in range(5000):
    e = ValueError(e)
for f in (str, repr):
    try:
        f(e)
    except RecursionError as x:
        print(f.__name__, type(x).__name__, x)

t = int
for i in range(5000):
    t = (t,)
try:
    issubclass(bool, t)
except RecursionError as x:
    print("issubclass", type(x).__name__, x)
try:
    isinstance(True, t)
except RecursionError as x:
    print("isinstance", type(x).__name__, x)

shallow = ValueError(KeyError("k"))
print(str(shallow), repr(shallow))
print(issubclass(bool, ((((int,),),),)), isinstance(1, ((((str,),),),)))

m = iter(range(3))
for i in range(20000):
    m = map(abs, m)
print(list(m))
z = iter([(1,)])
for i in range(20000):
    z = zip(z)
print(len(list(z)))
