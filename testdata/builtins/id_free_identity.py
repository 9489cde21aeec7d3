# id() is stable for one object and differs between live objects; is agrees with id equality
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), (id(a) == id(b)) == (a is b), type(id(a)).__name__)
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
