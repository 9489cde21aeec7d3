# comprehensions read enclosing function locals, parameters and closure variables
def outer(factor):
    offset = 10
    def inner(values):
        return [v * factor + offset for v in values]
    return inner
print(outer(3)([1, 2]))
def make_table(n):
    return {i: [j for j in range(i) if j % 2 == 0] for i in range(n)}
print(make_table(5))
def uses_default(xs, pred=lambda v: v > 1):
    return [x for x in xs if pred(x)]
print(uses_default([0, 1, 2, 3]))
class Scaler:
    def __init__(self, k):
        self.k = k
    def scale(self, xs):
        return [self.k * x for x in xs]
print(Scaler(2).scale([1, 2, 3]))
