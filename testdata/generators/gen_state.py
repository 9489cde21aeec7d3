# generator attributes and states: running, suspended, closed; recursion inside generators
def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
print(it.gi_frame is not None)
list(it)
print(it.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def bad():
    yield next(b)
b = bad()
try:
    next(b)
except ValueError as e:
    print("ValueError", e)
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(perms([1, 2, 3])))
