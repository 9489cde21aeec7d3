# the as-target receives __enter__'s return value, which may differ from the manager; tuple targets
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        print("exit Pair")
with Pair() as (a, b):
    print(a, b)
class Res:
    def __init__(self):
        self.closed = False
    def __enter__(self):
        return "not the manager"
    def __exit__(self, *a):
        self.closed = True
r = Res()
with r as v:
    print(v, r.closed)
print(r.closed)
holder = {}
with Pair() as holder["k"]:
    pass
print(holder)
